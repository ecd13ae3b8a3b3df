package uk.foitracker.request;

import java.util.List;
import java.util.Map;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;

/**
 * The page to correct or withdraw one clock event: the event, and after a refusal which form was
 * posted ({@code form}: "correct" or "withdraw"), what was typed and the errors.
 */
public record EventCorrectionView(
    String reference,
    long version,
    String summary,
    EventLine event,
    String form,
    Map<String, String> typed,
    List<FieldError> errorList) {

  public FormErrors errors() {
    return FormErrors.of(
        errorList,
        field ->
            switch (field) {
              case "date", "newDue", "confirm" -> "correct-" + field;
              case "reason" -> form == null ? "correct-reason" : form + "-reason";
              default -> form == null ? "correct-date" : form + "-reason";
            });
  }

  /** What was typed in a field of {@code form}, or "" (the stored date for the correct form). */
  public String value(String which, String field) {
    if (which.equals(form)) {
      String v = typed.get(field);
      return v == null ? "" : v;
    }
    if (!which.equals("correct")) {
      return "";
    }
    return switch (field) {
      case "date-day" -> String.valueOf(event.date().getDayOfMonth());
      case "date-month" -> String.valueOf(event.date().getMonthValue());
      case "date-year" -> String.valueOf(event.date().getYear());
      case "newDue-day" ->
          event.newDue() == null ? "" : String.valueOf(event.newDue().getDayOfMonth());
      case "newDue-month" ->
          event.newDue() == null ? "" : String.valueOf(event.newDue().getMonthValue());
      case "newDue-year" -> event.newDue() == null ? "" : String.valueOf(event.newDue().getYear());
      default -> "";
    };
  }

  /** The inline error of a field of {@code which} form, or null. */
  public String error(String which, String field) {
    if (!which.equals(form)) {
      return null;
    }
    List<String> all =
        errorList.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    return all.isEmpty() ? null : String.join(" ", all);
  }

  public boolean needsNewDue() {
    return event.newDue() != null;
  }

  /** The confirm checkbox is offered once an extension has been refused with its warnings. */
  public boolean askConfirm() {
    return error("correct", "confirm") != null;
  }
}
