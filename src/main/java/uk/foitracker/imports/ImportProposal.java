package uk.foitracker.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The case proposed from a letter, as the API gives it ({@code POST /api/imports}) and takes it
 * back corrected ({@code POST /api/imports/{id}/confirm}). Dates are ISO (YYYY-MM-DD) or null when
 * the letter does not state them; nothing here is guessed. Fields after {@code costs} are additions
 * to the contract of issue 19: what the letter answers, the catalogue code of each citation, and
 * the hours the letter states in all.
 *
 * @param regime FOIA or EIR
 * @param references the authority's references, word for word
 * @param received the date the authority says it received the request
 * @param sent the date of the response
 * @param statedDue the due date the authority stated
 * @param questions the requester's questions, numbered as the requester numbered them
 * @param outcomes per question, the outcome its answer gives (when it can be told)
 * @param tables the tables of the answers
 * @param citations the provisions cited, each with the questions it covers
 * @param costs the lines of a cost estimate
 * @param summary a short summary for the request (the words of the first question)
 * @param answers the answers as written, each with the questions it answers
 * @param statedHours the hours the letter states compliance would take in all, when stated
 * @param reviewProcedure the letter's paragraph on the internal review procedure (s.17(7)(a))
 * @param complaintRights the letter's paragraph on the right to complain (s.17(7)(b))
 * @param costStatement the sentences refusing on cost, as written
 * @param advice the sentences giving advice and assistance (s.16), as written
 * @param acknowledged the date the authority acknowledged the request, where the letter states it
 * @param reviews the internal reviews the thread shows (requested, acknowledged, decided)
 * @param clockEvents what the thread shows moved the clock (clarification, fees, extensions)
 * @param instalments the parts of a response the thread shows was sent in parts
 * @param regimeChange the switch from FOIA to EIR (or back) the letter states, or null
 * @param precedents earlier requests and decision notices the letter cites
 * @param preamble the requester's words before the first question, where the letter quotes the
 *     request; null when it does not
 * @param postscript the requester's closing words after the last question; null when none
 * @param licenceStatement the letter's sentences on re-using the information (the Open Government
 *     Licence); null when it has none
 */
public record ImportProposal(
    String regime,
    List<String> references,
    String received,
    String sent,
    String statedDue,
    List<ProposedQuestion> questions,
    List<ProposedOutcome> outcomes,
    List<ProposedTable> tables,
    List<ProposedCitation> citations,
    List<ProposedCost> costs,
    String summary,
    List<ProposedAnswer> answers,
    BigDecimal statedHours,
    String reviewProcedure,
    String complaintRights,
    String costStatement,
    String advice,
    String acknowledged,
    List<ProposedReview> reviews,
    List<ProposedClockEvent> clockEvents,
    List<ProposedInstalment> instalments,
    ProposedRegimeChange regimeChange,
    List<ProposedPrecedent> precedents,
    String preamble,
    String postscript,
    String licenceStatement) {

  /** A proposal without the request's preamble and postscript or the licence statement. */
  public ImportProposal(
      String regime,
      List<String> references,
      String received,
      String sent,
      String statedDue,
      List<ProposedQuestion> questions,
      List<ProposedOutcome> outcomes,
      List<ProposedTable> tables,
      List<ProposedCitation> citations,
      List<ProposedCost> costs,
      String summary,
      List<ProposedAnswer> answers,
      BigDecimal statedHours,
      String reviewProcedure,
      String complaintRights,
      String costStatement,
      String advice,
      String acknowledged,
      List<ProposedReview> reviews,
      List<ProposedClockEvent> clockEvents,
      List<ProposedInstalment> instalments,
      ProposedRegimeChange regimeChange,
      List<ProposedPrecedent> precedents) {
    this(
        regime,
        references,
        received,
        sent,
        statedDue,
        questions,
        outcomes,
        tables,
        citations,
        costs,
        summary,
        answers,
        statedHours,
        reviewProcedure,
        complaintRights,
        costStatement,
        advice,
        acknowledged,
        reviews,
        clockEvents,
        instalments,
        regimeChange,
        precedents,
        null,
        null,
        null);
  }

  /** A proposal without what a thread adds (the fields before {@code acknowledged}). */
  public ImportProposal(
      String regime,
      List<String> references,
      String received,
      String sent,
      String statedDue,
      List<ProposedQuestion> questions,
      List<ProposedOutcome> outcomes,
      List<ProposedTable> tables,
      List<ProposedCitation> citations,
      List<ProposedCost> costs,
      String summary,
      List<ProposedAnswer> answers,
      BigDecimal statedHours,
      String reviewProcedure,
      String complaintRights,
      String costStatement,
      String advice) {
    this(
        regime,
        references,
        received,
        sent,
        statedDue,
        questions,
        outcomes,
        tables,
        citations,
        costs,
        summary,
        answers,
        statedHours,
        reviewProcedure,
        complaintRights,
        costStatement,
        advice,
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of());
  }

  public ImportProposal {
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
    clockEvents = clockEvents == null ? List.of() : List.copyOf(clockEvents);
    instalments = instalments == null ? List.of() : List.copyOf(instalments);
    precedents = precedents == null ? List.of() : List.copyOf(precedents);
    references = references == null ? List.of() : List.copyOf(references);
    questions = questions == null ? List.of() : List.copyOf(questions);
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    tables = tables == null ? List.of() : List.copyOf(tables);
    citations = citations == null ? List.of() : List.copyOf(citations);
    costs = costs == null ? List.of() : List.copyOf(costs);
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /** A question: the requester's number and its words. */
  public record ProposedQuestion(Integer number, String text) {}

  /** The outcome of a question (a {@code rules.Outcome} name). */
  public record ProposedOutcome(Integer question, String outcome) {}

  /**
   * A table: its caption, the questions it answers, the rows of column headers (grouped headers
   * first), the rows, and the (0-based) positions of its total rows; additions: the corner label,
   * the words the header gives over the row headers ("Age"), or null; and whether it counts people,
   * true when the question it answers asks how many people (children, victims...) and null when the
   * letter does not say.
   */
  public record ProposedTable(
      String caption,
      List<Integer> questions,
      List<List<String>> columnHeaders,
      List<ProposedRow> rows,
      List<Integer> totalRows,
      String cornerLabel,
      Boolean countsPeople) {
    /** A table without what it counts. */
    public ProposedTable(
        String caption,
        List<Integer> questions,
        List<List<String>> columnHeaders,
        List<ProposedRow> rows,
        List<Integer> totalRows,
        String cornerLabel) {
      this(caption, questions, columnHeaders, rows, totalRows, cornerLabel, null);
    }

    /** A table without a corner label. */
    public ProposedTable(
        String caption,
        List<Integer> questions,
        List<List<String>> columnHeaders,
        List<ProposedRow> rows,
        List<Integer> totalRows) {
      this(caption, questions, columnHeaders, rows, totalRows, null);
    }

    public ProposedTable {
      questions = questions == null ? List.of() : List.copyOf(questions);
      columnHeaders = columnHeaders == null ? List.of() : List.copyOf(columnHeaders);
      rows = rows == null ? List.of() : List.copyOf(rows);
      totalRows = totalRows == null ? List.of() : List.copyOf(totalRows);
    }
  }

  /** A row: its header cells (several when the row headers are nested) and its cells. */
  public record ProposedRow(List<String> header, List<ProposedCell> cells) {}

  /** A cell as written, and what it means (VALUE, ZERO, NOT_HELD, SUPPRESSED, BLANK). */
  public record ProposedCell(String text, String state) {}

  /**
   * A provision cited: as the Act or Regulations write it ("s.40(5B)(a)(i)", "reg 12(4)(b)"), the
   * questions it covers, whether it neither confirms nor denies, its public interest test;
   * additions: the catalogue code and the reasons as written.
   */
  public record ProposedCitation(
      String provision,
      List<Integer> questions,
      Boolean ncnd,
      ProposedPublicInterest publicInterest,
      String code,
      String reasons) {
    public ProposedCitation {
      questions = questions == null ? List.of() : List.copyOf(questions);
    }
  }

  /** A public interest test: the arguments for disclosure, against, and the conclusion. */
  public record ProposedPublicInterest(
      @JsonProperty("for") List<String> argumentsFor, List<String> against, String conclusion) {}

  /**
   * A cost line: its words, units × minutes each (a range up to {@code minutesEachMax}), the hours
   * it comes to, and the hours the letter states; addition: the activity (Fees Regulations 2004 reg
   * 4(3)).
   */
  public record ProposedCost(
      String description,
      Integer units,
      BigDecimal minutesEach,
      BigDecimal minutesEachMax,
      BigDecimal hours,
      BigDecimal statedHours,
      String activity) {}

  /** An answer as written and the questions it answers. */
  public record ProposedAnswer(List<Integer> questions, String text) {
    public ProposedAnswer {
      questions = questions == null ? List.of() : List.copyOf(questions);
    }
  }

  /**
   * An internal review (EIR reg 11 reconsideration) in the thread: its number, the dates it was
   * asked for, acknowledged, stated due and decided (ISO, null when not stated), and the decision
   * on the original response (a {@code rules.ReviewOutcome} name) where the letter states it.
   */
  public record ProposedReview(
      Integer number,
      String requested,
      String acknowledged,
      String statedDue,
      String decided,
      String outcome) {}

  /**
   * A clock event in the thread (a {@code clock.ClockEventKind} name: CLARIFICATION_REQUESTED,
   * CLARIFICATION_RECEIVED, FEES_NOTICE_ISSUED, FEES_PAID, PUBLIC_INTEREST_EXTENSION,
   * COMPLEX_VOLUMINOUS_EXTENSION), its date, and for a s.10(3) extension the new due date.
   */
  public record ProposedClockEvent(String kind, String date, String newDue) {}

  /** A part of a response sent in parts: its number, its date, whether more was to follow. */
  public record ProposedInstalment(Integer number, String sent, Boolean moreToFollow) {}

  /** A change of regime the letter states (FOIA s.39(1), EIR reg 5): from, to, as written. */
  public record ProposedRegimeChange(String from, String to, String words) {}

  /**
   * An earlier request or decision the letter cites: its reference as written, and its kind
   * (DECISION_NOTICE for an Information Commissioner's decision notice, EARLIER_REQUEST for the
   * authority's own earlier request).
   */
  public record ProposedPrecedent(String reference, String kind, String words) {}
}
