package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.DateField;

/**
 * A request as an officer typed it, from the form or the API, before validation. Holds the
 * requester's personal data: never log it or put it in a message.
 *
 * @param questions the questions as corrected by the officer; rows with blank text are dropped
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
    String postscript) {

  public NewRequest {
    receivedOn = receivedOn == null ? DateField.empty() : receivedOn;
    questions = questions == null ? List.of() : List.copyOf(questions);
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
        postscript);
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
