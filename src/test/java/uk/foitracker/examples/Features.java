package uk.foitracker.examples;

/**
 * What the officer screens can take, for {@link ScreenEntry}. A flag is on once its feature is
 * merged into the branch (the entry steps behind it use the real form fields).
 */
final class Features {
  private Features() {}

  /**
   * Tables as written (s17-tables, point 4): blank cells, what a blank and a "-" mean ({@code
   * blankMeans}, {@code dashMeans}), total rows and columns ({@code totalRows}, {@code
   * totalColumns}) and the note under the table ({@code note}).
   */
  static final boolean TABLES_AS_WRITTEN = true;

  /**
   * The authority's references and stated due date on the log form (s17-request, point 1): {@code
   * authorityReference}, {@code otherAuthorityReferences}, {@code statedDue-day/month/year}.
   */
  static final boolean REQUEST_DETAILS = true;

  /**
   * One citation for a set of questions at subsection level (s17-citations, points 2 and 3): a post
   * to {@code /citations} with {@code questions}.
   */
  static final boolean CITATION_SETS = true;

  /**
   * Instalments (s17-instalments, point 5): the first send with {@code moreToFollow}, later answers
   * posted with {@code confirm}, then a second send.
   */
  static final boolean INSTALMENTS = true;

  /** A question only refused needs no answer text: its reasons are the answer (point 5). */
  static final boolean REFUSAL_IS_THE_ANSWER = true;

  /**
   * The licence form (s17-instalments, point 10): {@code licenceStatement} and {@code
   * attributionStatement}.
   */
  static final boolean LICENCE_FORM = true;

  /**
   * The internal review's acknowledgement and stated due date (s17-instalments, point 6): {@code
   * acknowledgedOn-*} and {@code statedDueOn-*}.
   */
  static final boolean REVIEW_DETAILS = true;
}
