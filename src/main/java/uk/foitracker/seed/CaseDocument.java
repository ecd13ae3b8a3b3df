package uk.foitracker.seed;

import java.time.LocalDate;
import java.util.List;

/**
 * A published case as a data file: the shape of {@code src/main/resources/seed/*.json}. Dates and
 * the authority's reference may be null: "not stated" in the source.
 */
public record CaseDocument(
    String slug,
    String title,
    AuthorityDoc authority,
    String regime,
    String authorityReference,
    LocalDate receivedOn,
    LocalDate sentOn,
    LocalDate publishedOn,
    String preamble,
    String postscript,
    String licence,
    String licenceStatement,
    List<AnswerDoc> answers,
    List<QuestionDoc> questions,
    CostDoc costAssessment) {

  /** An authority; kind (an AuthorityKind name) is optional: a council, or central government. */
  public record AuthorityDoc(
      String name,
      int appropriateLimitPence,
      int hourlyRatePence,
      boolean centralGovernment,
      String kind) {}

  public record AnswerDoc(String key, List<String> paragraphs, List<TableDoc> tables) {}

  /** A table; countsPeople true when it counts people (children, staff), null or false if not. */
  public record TableDoc(
      String caption,
      String cornerLabel,
      List<ColumnDoc> columns,
      List<RowDoc> rows,
      Boolean countsPeople) {}

  public record ColumnDoc(String group, String label) {}

  public record RowDoc(String header, List<String> cells) {}

  public record QuestionDoc(
      int number, String text, String outcome, String answer, List<CitationDoc> citations) {}

  public record CitationDoc(String provision, String role, String reasons) {}

  public record CostDoc(
      int limitPence,
      int hourlyRatePence,
      List<Integer> questions,
      String statement,
      String advice,
      List<CostLineDoc> lines) {}

  public record CostLineDoc(String activity, String basis, int minutes) {}
}
