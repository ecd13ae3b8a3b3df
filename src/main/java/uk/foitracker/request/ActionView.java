package uk.foitracker.request;

import uk.foitracker.web.DateField;

/** One form that records a clock event, with what was typed and its errors after a refusal. */
public record ActionView(
    String slug,
    String label,
    boolean needsExtra,
    DateField date,
    DateField extra,
    String dateError,
    String extraError) {
  public String dateId() {
    return slug + "-date";
  }

  public String newDueId() {
    return slug + "-newDue";
  }
}
