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
  REFERENCES(null),
  STATED_DUE(null),
  REGIME_CHANGE(null),
  CITATION_GROUPS(null),
  PROVISION_SUBSECTIONS(null),
  REASONS_ON_PAGE(null),
  PUBLIC_INTEREST(null),
  BLANK_CELLS(null),
  TOTALS(null),
  TABLE_NOTES(null),
  INSTALMENTS(null),
  REVIEWS(null),
  RELATED(
      "the earlier request is not among the examples and the letter states neither its"
          + " words, nor when it was received, answered or reviewed; a link is published only"
          + " between published cases, and publishing the earlier one would need a sent date"
          + " the letter does not give"),
  COST_UNITS(null),
  ATTACHMENTS(null),
  RIGHTS(null),
  LICENCE(null),
  RECEIVED_NOT_STATED(null),
  CORRESPONDENCE(null),
  QUESTION_LABELS("the requester's own numbering (1a) and headings (not in issue 17's list)"),
  REVIEWER(
      "the reviewer's name published: a member of staff's name is their personal data, kept for"
          + " officers and not published (a choice, not issue 17's list)"),
  INSTRUMENTS(
      "a statutory instrument cited as a whole (SI 2004 No. 3244): the catalogue holds"
          + " provisions of FOIA and the EIR; the letter's words stay in the cost statement"),
  AUTHORITY("the letter's authority: this instance publishes for one (not in issue 17's list)");

  final String needs;

  Group(String needs) {
    this.needs = needs;
  }

  boolean today() {
    return needs == null;
  }
}
