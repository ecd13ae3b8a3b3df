package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.DateField;

/**
 * A request as an officer typed it, from the form or the API, before validation. Holds the
 * requester's personal data: never log it or put it in a message.
 *
 * @param questions the questions as corrected by the officer; rows with blank text are dropped
 * @param authorityReference the authority's reference the letter leads with, if stated
 * @param otherAuthorityReferences any other references the letters state, word for word
 * @param statedDue the due date the authority stated (in its acknowledgement), if stated
 * @param receivedNotStated true when the letter does not state when the request was received: no
 *     date is entered, and the request has no statutory clock
 */
public record NewRequest(
    String regime,
    DateField receivedOn,
    String channel,
    String summary,
    String requesterName,
    String requesterContact,
    String requestText,
    String preamble,
    List<QuestionDraft> questions,
    String postscript,
    String authorityReference,
    List<String> otherAuthorityReferences,
    DateField statedDue,
    boolean receivedNotStated) {

  public NewRequest {
    receivedOn = receivedOn == null ? DateField.empty() : receivedOn;
    questions = questions == null ? List.of() : List.copyOf(questions);
    otherAuthorityReferences =
        otherAuthorityReferences == null
            ? List.of()
            : otherAuthorityReferences.stream()
                .map(o -> o == null ? "" : o.strip())
                .filter(o -> !o.isEmpty())
                .toList();
    statedDue = statedDue == null ? DateField.empty() : statedDue;
  }

  /** A request with its received date (or none, to be refused). */
  public NewRequest(
      String regime,
      DateField receivedOn,
      String channel,
      String summary,
      String requesterName,
      String requesterContact,
      String requestText,
      String preamble,
      List<QuestionDraft> questions,
      String postscript,
      String authorityReference,
      List<String> otherAuthorityReferences,
      DateField statedDue) {
    this(
        regime,
        receivedOn,
        channel,
        summary,
        requesterName,
        requesterContact,
        requestText,
        preamble,
        questions,
        postscript,
        authorityReference,
        otherAuthorityReferences,
        statedDue,
        false);
  }

  /** A request without the authority's references or stated due date. */
  public NewRequest(
      String regime,
      DateField receivedOn,
      String channel,
      String summary,
      String requesterName,
      String requesterContact,
      String requestText,
      String preamble,
      List<QuestionDraft> questions,
      String postscript) {
    this(
        regime,
        receivedOn,
        channel,
        summary,
        requesterName,
        requesterContact,
        requestText,
        preamble,
        questions,
        postscript,
        null,
        null,
        null);
  }

  /** The same request with the questions (and introduction, closing) replaced. */
  public NewRequest withSplit(String preamble, List<QuestionDraft> questions, String postscript) {
    return new NewRequest(
        regime,
        receivedOn,
        channel,
        summary,
        requesterName,
        requesterContact,
        requestText,
        preamble,
        questions,
        postscript,
        authorityReference,
        otherAuthorityReferences,
        statedDue,
        receivedNotStated);
  }

  /** One question as typed: its number and its text. */
  public record QuestionDraft(String number, String text) {
    public QuestionDraft {
      number = number == null ? "" : number.strip();
      text = text == null ? "" : text.strip();
    }
  }

  @Override
  public String toString() {
    return "NewRequest[personal data redacted]";
  }
}
