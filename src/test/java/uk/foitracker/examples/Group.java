package uk.foitracker.examples;

/**
 * The kinds of fact a letter states. A group with {@code needs} is what today's model cannot hold;
 * its test in {@link ExampleCaseTest} is disabled with that reason until the feature is merged.
 */
enum Group {
  QUESTIONS(null),
  OUTCOMES(null),
  ANSWERS(null),
  TABLE_CELLS(null),
  CITATIONS(null),
  COST_LINES(null),
  DATES(null),
  REGIME(null),
  REFERENCES("authority references as stated, the leading one marked (issue 17 point 1)"),
  STATED_DUE("the due date the authority stated, beside the computed one (issue 17 point 1)"),
  REGIME_CHANGE("a change of regime as an event with its date (issue 17 point 8)"),
  CITATION_GROUPS("one citation over a set of questions (issue 17 point 2)"),
  PROVISION_SUBSECTIONS("provisions at the level cited: s.43(2), reg 12(1)(b), 12(2) (point 3)"),
  REASONS_ON_PAGE("every citation's reasons on the public page (issue 17 point 10)"),
  PUBLIC_INTEREST("public interest for, against and conclusion published (issue 17 point 10)"),
  BLANK_CELLS("blank cells, and the meaning of blank and \"-\" chosen per table (point 4)"),
  TOTALS("total rows and columns marked as totals (issue 17 point 4)"),
  TABLE_NOTES("a note under a table as part of the table (issue 17 point 4)"),
  INSTALMENTS("instalments, each with its own send date and answers (issue 17 point 5)"),
  REVIEWS("internal reviews and their decisions published with the case (issue 17 point 6)"),
  RELATED("related requests (narrowed, repeated, aggregated) linked (issue 17 point 7)"),
  COST_UNITS("cost units, minutes each and the authority's stated hours (issue 17 point 8)"),
  ATTACHMENTS("attachments with name and size (issue 17 point 9)"),
  RIGHTS("the review and complaint rights as sent, published (issue 17 point 10)"),
  LICENCE("the licence and attribution statement set on the screens (issue 17 point 10)"),
  RECEIVED_NOT_STATED("a received date left not stated (not in issue 17's list)"),
  CORRESPONDENCE("acknowledgement and holding e-mail dates (not in issue 17's list)"),
  QUESTION_LABELS("the requester's own numbering (1a) and headings (not in issue 17's list)"),
  AUTHORITY("the letter's authority: this instance publishes for one (not in issue 17's list)");

  final String needs;

  Group(String needs) {
    this.needs = needs;
  }

  boolean today() {
    return needs == null;
  }
}
