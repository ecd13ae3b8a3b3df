package uk.foitracker.rules.checks;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The refusal notice as sent: what FOIA s.17(7) and EIR reg 14(5) ask a notice to contain is read
 * here, not in the answers.
 *
 * @param reviewProcedure the paragraph(s) on the internal review or complaints procedure (or the
 *     statement that there is none), as sent; empty when none was given
 * @param complaintRights the paragraph(s) on the right to complain to the Information Commissioner
 *     (FOIA s.50; EIR reg 18), as sent; empty when none was given
 * @param letter the letter as sent, in full; empty when no letter text is recorded
 */
public record NoticeFacts(String reviewProcedure, String complaintRights, String letter) {

  /** A notice of which nothing is recorded. */
  public static final NoticeFacts NONE = new NoticeFacts("", "", "");

  public NoticeFacts {
    reviewProcedure = Objects.requireNonNullElse(reviewProcedure, "");
    complaintRights = Objects.requireNonNullElse(complaintRights, "");
    letter = Objects.requireNonNullElse(letter, "");
  }

  /** Every part of the notice, joined. */
  public String text() {
    return Stream.of(reviewProcedure, complaintRights, letter)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("\n\n"));
  }

  public boolean isEmpty() {
    return List.of(reviewProcedure, complaintRights, letter).stream().allMatch(String::isBlank);
  }
}
