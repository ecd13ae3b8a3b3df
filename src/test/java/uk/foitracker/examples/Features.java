package uk.foitracker.examples;

/**
 * What the officer screens can take today, for {@link ScreenEntry}. When issue 17's slices merge,
 * turn a flag on together with the entry steps that use it and remove the matching
 * {@code @Disabled} in {@link ExampleCaseTest}.
 */
final class Features {
  private Features() {}

  /** Blank cells with a per-table meaning (issue 17 point 4). */
  static final boolean BLANK_CELLS = false;

  /** Several answers to one question, each in its own instalment (issue 17 point 5). */
  static final boolean INSTALMENTS = false;

  /** A question only refused needs no answer text: its reasons are the answer (point 5). */
  static final boolean REFUSAL_IS_THE_ANSWER = false;
}
