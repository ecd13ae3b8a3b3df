package uk.foitracker.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.Regime;

/**
 * Everything read from a letter or e-mail thread. What could not be read is absent (and named in
 * {@code unread}), never guessed.
 *
 * @param regime FOIA or EIR, as the letter states or cites (FOIA, not sure, when it says neither)
 * @param received the date the authority says it received the request
 * @param sent the date of the response letter
 * @param statedDue the due date the authority stated
 * @param questions the requester's questions in order, with their answers and outcomes
 * @param citations the provisions cited, each once per group of questions answered together
 * @param costs the lines of a cost estimate
 * @param statedMinutes the total time the authority stated for compliance ("66 hours")
 * @param costStatement the sentences refusing on cost, as written ("" when none)
 * @param advice the sentences offering advice and assistance (s.16), as written ("" when none)
 * @param reviewProcedure the sentences on the internal review or complaints procedure
 * @param complaintRights the sentences on the right to complain to the Information Commissioner
 * @param authorityText the authority's words: the text without the requester's own messages
 * @param unread what the reader looked for and did not find, in plain words
 * @param thread the dated events of an e-mail thread (clarification, extensions, fees, internal
 *     reviews), read by {@link ThreadReader}; {@link ReadThread#NONE} for a letter alone
 * @param preamble the requester's words before the first question, where the letter quotes the
 *     request ("You asked:"); empty when it does not
 * @param postscript the requester's closing words after the last question, quoted after its answer
 *     ("If data for the entire period ... please instead provide ..."); empty when none
 * @param licenceStatement the sentences on re-using the information (the Open Government Licence);
 *     empty when the letter has none
 */
public record ReadLetter(
    Read<Regime> regime,
    Optional<Read<LocalDate>> received,
    Optional<Read<LocalDate>> sent,
    Optional<Read<LocalDate>> statedDue,
    List<ReadQuestion> questions,
    List<ReadCitation> citations,
    List<ReadCost> costs,
    Optional<Read<Integer>> statedMinutes,
    String costStatement,
    String advice,
    Optional<Read<String>> reviewProcedure,
    Optional<Read<String>> complaintRights,
    String authorityText,
    List<String> unread,
    ReadThread thread,
    Optional<Read<String>> preamble,
    Optional<Read<String>> postscript,
    Optional<Read<String>> licenceStatement) {
  public ReadLetter {
    preamble = preamble == null ? Optional.empty() : preamble;
    postscript = postscript == null ? Optional.empty() : postscript;
    licenceStatement = licenceStatement == null ? Optional.empty() : licenceStatement;
    thread = thread == null ? ReadThread.NONE : thread;
    questions = List.copyOf(questions);
    citations = List.copyOf(citations);
    costs = List.copyOf(costs);
    unread = List.copyOf(unread);
  }

  /** A letter read without the request's preamble, postscript and the licence statement. */
  public ReadLetter(
      Read<Regime> regime,
      Optional<Read<LocalDate>> received,
      Optional<Read<LocalDate>> sent,
      Optional<Read<LocalDate>> statedDue,
      List<ReadQuestion> questions,
      List<ReadCitation> citations,
      List<ReadCost> costs,
      Optional<Read<Integer>> statedMinutes,
      String costStatement,
      String advice,
      Optional<Read<String>> reviewProcedure,
      Optional<Read<String>> complaintRights,
      String authorityText,
      List<String> unread,
      ReadThread thread) {
    this(
        regime,
        received,
        sent,
        statedDue,
        questions,
        citations,
        costs,
        statedMinutes,
        costStatement,
        advice,
        reviewProcedure,
        complaintRights,
        authorityText,
        unread,
        thread,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A letter read without its thread's events. */
  public ReadLetter(
      Read<Regime> regime,
      Optional<Read<LocalDate>> received,
      Optional<Read<LocalDate>> sent,
      Optional<Read<LocalDate>> statedDue,
      List<ReadQuestion> questions,
      List<ReadCitation> citations,
      List<ReadCost> costs,
      Optional<Read<Integer>> statedMinutes,
      String costStatement,
      String advice,
      Optional<Read<String>> reviewProcedure,
      Optional<Read<String>> complaintRights,
      String authorityText,
      List<String> unread) {
    this(
        regime,
        received,
        sent,
        statedDue,
        questions,
        citations,
        costs,
        statedMinutes,
        costStatement,
        advice,
        reviewProcedure,
        complaintRights,
        authorityText,
        unread,
        ReadThread.NONE);
  }
}
