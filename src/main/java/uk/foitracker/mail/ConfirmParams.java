package uk.foitracker.mail;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.request.NewRequest;
import uk.foitracker.web.DateField;

/**
 * The fields of the form that confirms an e-mailed draft as a request. The form before the draft
 * could be edited posted only version, regime and summary (and authority): such a post takes the
 * rest as read from the e-mail, as before.
 */
public class ConfirmParams {
  @RestForm public long version;
  @RestForm public String regime;
  @RestForm public String summary;
  @RestForm public String authority;
  @RestForm public String requesterName;
  @RestForm public String requesterEmail;

  @RestForm("receivedOn-day")
  public String day;

  @RestForm("receivedOn-month")
  public String month;

  @RestForm("receivedOn-year")
  public String year;

  @RestForm("questionNumber")
  public List<String> questionNumbers;

  @RestForm("questionText")
  public List<String> questionTexts;

  /** "yes" to e-mail the acknowledgement to the requester once logged. */
  @RestForm public String sendAcknowledgement;

  /** True when the post carries the editable fields (not the form from before they existed). */
  boolean edited() {
    return requesterName != null
        || requesterEmail != null
        || day != null
        || month != null
        || year != null
        || (questionTexts != null && !questionTexts.isEmpty());
  }

  DateField receivedOn() {
    return new DateField(day, month, year);
  }

  /** The questions as typed; the empty boxes at the end (for another question) dropped. */
  List<NewRequest.QuestionDraft> questions() {
    List<NewRequest.QuestionDraft> questions = new ArrayList<>();
    List<String> numbers = questionNumbers == null ? List.of() : questionNumbers;
    List<String> texts = questionTexts == null ? List.of() : questionTexts;
    for (int i = 0; i < texts.size(); i++) {
      questions.add(
          new NewRequest.QuestionDraft(i < numbers.size() ? numbers.get(i) : "", texts.get(i)));
    }
    while (!questions.isEmpty() && questions.get(questions.size() - 1).text().isEmpty()) {
      questions.remove(questions.size() - 1);
    }
    return questions;
  }

  Inbox.Edits edits() {
    if (!edited()) {
      return new Inbox.Edits(regime, summary, null, null, null, null, false);
    }
    return new Inbox.Edits(
        regime,
        summary,
        requesterName == null ? "" : requesterName,
        requesterEmail == null ? "" : requesterEmail,
        receivedOn(),
        questions(),
        "yes".equals(sendAcknowledgement));
  }

  @Override
  public String toString() {
    return "ConfirmParams[personal data redacted]";
  }
}
