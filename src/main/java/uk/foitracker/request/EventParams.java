package uk.foitracker.request;

import jakarta.ws.rs.BadRequestException;
import org.jboss.resteasy.reactive.RestForm;

/** The fields of a clock event form: the date, the new due date (s.10(3)) and the version. */
public class EventParams {
  @RestForm("date-day")
  public String day;

  @RestForm("date-month")
  public String month;

  @RestForm("date-year")
  public String year;

  @RestForm("newDue-day")
  public String newDueDay;

  @RestForm("newDue-month")
  public String newDueMonth;

  @RestForm("newDue-year")
  public String newDueYear;

  @RestForm("version")
  public String version;

  /** A change of regime: the regime the request moves to. */
  @RestForm("regime")
  public String regime;

  /** A change of regime: why. */
  @RestForm("reason")
  public String reason;

  /** An extension with warnings: "yes" when the officer confirms it (the confirm step). */
  @RestForm("confirm")
  public String confirm;

  boolean confirmed() {
    return "yes".equals(confirm);
  }

  long version() {
    return parseVersion(version);
  }

  static long parseVersion(String version) {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "The form is missing its version: reload the page and try again.");
    }
  }
}
