package uk.foitracker.request;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.web.DateField;

/** The log form's fields. */
public class LogParams {
  @RestForm public String action;

  /** The form's one-time token ({@code FormSubmissions}): one request logged per token. */
  @RestForm public String formToken;

  @RestForm public String regime;

  /** The authority the request was sent to (a slug), for a person who holds several. */
  @RestForm public String authority;

  @RestForm("receivedOn-day")
  public String day;

  @RestForm("receivedOn-month")
  public String month;

  @RestForm("receivedOn-year")
  public String year;

  /** "yes" when the letter does not state when the request was received. */
  @RestForm public String receivedNotStated;

  @RestForm public String channel;
  @RestForm public String summary;
  @RestForm public String requesterName;
  @RestForm public String requesterContact;
  @RestForm public String requestText;
  @RestForm public String preamble;
  @RestForm public String postscript;

  @RestForm public String authorityReference;
  @RestForm public String otherAuthorityReferences;

  @RestForm("statedDue-day")
  public String statedDueDay;

  @RestForm("statedDue-month")
  public String statedDueMonth;

  @RestForm("statedDue-year")
  public String statedDueYear;

  @RestForm("questionNumber")
  public List<String> questionNumbers;

  @RestForm("questionText")
  public List<String> questionTexts;

  NewRequest draft() {
    List<NewRequest.QuestionDraft> questions = new ArrayList<>();
    List<String> numbers = questionNumbers == null ? List.of() : questionNumbers;
    List<String> texts = questionTexts == null ? List.of() : questionTexts;
    for (int i = 0; i < texts.size(); i++) {
      questions.add(
          new NewRequest.QuestionDraft(i < numbers.size() ? numbers.get(i) : "", texts.get(i)));
    }
    // the empty box for another question is not a question
    while (!questions.isEmpty() && questions.get(questions.size() - 1).text().isEmpty()) {
      questions.remove(questions.size() - 1);
    }
    return new NewRequest(
        regime,
        new DateField(day, month, year),
        channel,
        summary,
        requesterName,
        requesterContact,
        requestText,
        preamble,
        questions,
        postscript,
        authorityReference,
        DetailsDraft.lines(otherAuthorityReferences),
        new DateField(statedDueDay, statedDueMonth, statedDueYear),
        "yes".equals(receivedNotStated));
  }
}
