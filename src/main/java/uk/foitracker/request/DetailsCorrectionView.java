package uk.foitracker.request;

import java.util.List;
import java.util.Map;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;

/**
 * The page to correct what was logged (date received, summary, request text): filled with what is
 * recorded, or with what was typed and its errors after a refusal.
 *
 * @param answered true when the request is no longer open (sent, published, closed)
 * @param published true when its response is published: a change to the summary or the date
 *     received is then published at once as a new version with the reason
 */
public record DetailsCorrectionView(
    String reference,
    long version,
    String summary,
    boolean answered,
    Map<String, String> values,
    List<FieldError> errorList,
    boolean published) {

  public FormErrors errors() {
    return FormErrors.of(
        errorList,
        field ->
            switch (field) {
              case "receivedOn" -> "receivedOn";
              case "summary", "requestText", "reason" -> field;
              default -> "reason";
            });
  }

  /** What is in a field: typed, or as recorded. */
  public String value(String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }

  /** The inline error of a field, or null. */
  public String error(String field) {
    List<String> all =
        errorList.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    return all.isEmpty() ? null : String.join(" ", all);
  }
}
