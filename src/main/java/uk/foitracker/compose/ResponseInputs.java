package uk.foitracker.compose;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** What an officer sends to compose a response, as the API and the pages parse it. */
public final class ResponseInputs {
  private ResponseInputs() {}

  /**
   * An answer: its paragraphs and the questions it answers. {@code confirm} true moves a question
   * from the unsent answer that has it to this one; without it the move is refused (409). {@code
   * reason}: why an answer already sent is corrected (required then, as on the corrections page).
   */
  public record AnswerInput(
      List<Integer> questions, List<String> paragraphs, Boolean confirm, String reason) {
    public AnswerInput(List<Integer> questions, List<String> paragraphs, Boolean confirm) {
      this(questions, paragraphs, confirm, null);
    }

    public AnswerInput(List<Integer> questions, List<String> paragraphs) {
      this(questions, paragraphs, null, null);
    }
  }

  /** A provision cited for a question; the public interest parts for qualified exemptions. */
  public record CitationInput(
      String provision,
      String reasons,
      String publicInterestFor,
      String publicInterestAgainst,
      String publicInterestConclusion) {}

  /**
   * One line of a cost estimate: its minutes outright, or units × minutes each (a range when
   * minutesEachMax is above minutesEachMin).
   */
  public record CostLineInput(
      String activity,
      String basis,
      Integer minutes,
      Integer units,
      Integer minutesEachMin,
      Integer minutesEachMax) {
    public CostLineInput(String activity, String basis, Integer minutes) {
      this(activity, basis, minutes, null, null, null);
    }
  }

  /**
   * One citation for a set of questions ("s.43(2) for questions 2 to 5"): the catalogue code, the
   * questions, the role (optional: it follows from the provision), the reasons, the public interest
   * test of a qualified exemption (nested, or as the flat fields of {@link CitationInput}) and the
   * precedents relied on (ICO decision notices, tribunal appeals).
   *
   * <p>{@code asSent} true records a letter already sent as it was written: a qualified exemption
   * cited with no public interest test, or a provision cited with no reasons, is recorded as it
   * stands (the defect kept, for the review to find) instead of refused. Absent or false, both are
   * required as before.
   */
  public record CitationGroupInput(
      String provision,
      List<Integer> questions,
      String role,
      String reasons,
      PublicInterestInput publicInterest,
      List<String> precedents,
      String publicInterestFor,
      String publicInterestAgainst,
      String publicInterestConclusion,
      Boolean asSent) {

    /** One to be composed (not a letter recorded as sent). */
    public CitationGroupInput(
        String provision,
        List<Integer> questions,
        String role,
        String reasons,
        PublicInterestInput publicInterest,
        List<String> precedents,
        String publicInterestFor,
        String publicInterestAgainst,
        String publicInterestConclusion) {
      this(
          provision,
          questions,
          role,
          reasons,
          publicInterest,
          precedents,
          publicInterestFor,
          publicInterestAgainst,
          publicInterestConclusion,
          null);
    }

    /** Whether the citation records a letter as it was sent, defects and all. */
    boolean recordsAsSent() {
      return Boolean.TRUE.equals(asSent);
    }

    /** The arguments for disclosure, nested or flat. */
    String argumentsFor() {
      return publicInterest != null ? publicInterest.argumentsFor() : publicInterestFor;
    }

    String argumentsAgainst() {
      return publicInterest != null ? publicInterest.against() : publicInterestAgainst;
    }

    String conclusion() {
      return publicInterest != null ? publicInterest.conclusion() : publicInterestConclusion;
    }
  }

  /**
   * The public interest test (FOIA s.17(3), EIR reg 14(3)(b)): {"for", "against", "conclusion"}.
   */
  public record PublicInterestInput(
      @JsonProperty("for") String argumentsFor, String against, String conclusion) {}

  /** A related request to aggregate (reg 5), with the officer's two judgements. */
  public record RelatedInput(
      String reference, boolean sameRequesterOrInConcert, boolean sameOrSimilarInformation) {}

  /** The s.12 assessment; limit and rate default to the authority's. */
  public record CostInput(
      Integer limitPence,
      Integer hourlyRatePence,
      List<Integer> questions,
      String statement,
      String advice,
      List<CostLineInput> lines,
      List<RelatedInput> related,
      BigDecimal statedHours) {
    public CostInput(
        Integer limitPence,
        Integer hourlyRatePence,
        List<Integer> questions,
        String statement,
        String advice,
        List<CostLineInput> lines,
        List<RelatedInput> related) {
      this(limitPence, hourlyRatePence, questions, statement, advice, lines, related, null);
    }
  }
}
