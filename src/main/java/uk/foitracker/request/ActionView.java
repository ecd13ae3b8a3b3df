package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Option;

/** One form that records a clock event, with what was typed and its errors after a refusal. */
public record ActionView(
    String slug,
    String label,
    boolean needsExtra,
    DateField date,
    DateField extra,
    String dateError,
    String extraError,
    boolean needsRegime,
    List<Option> regimes,
    String reason,
    String regimeError,
    String reasonError,
    boolean needsConfirm,
    boolean confirmed,
    String confirmError) {
  public String dateId() {
    return slug + "-date";
  }

  public String regimeId() {
    return slug + "-regime";
  }

  public String reasonId() {
    return slug + "-reason";
  }

  public String confirmId() {
    return slug + "-confirm";
  }

  public String newDueId() {
    return slug + "-newDue";
  }
}
