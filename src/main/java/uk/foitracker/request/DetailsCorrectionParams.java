package uk.foitracker.request;

import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.web.DateField;

/** The fields of the form that corrects the date received, the summary and the request text. */
public class DetailsCorrectionParams {
  @RestForm("receivedOn-day")
  public String day;

  @RestForm("receivedOn-month")
  public String month;

  @RestForm("receivedOn-year")
  public String year;

  @RestForm public String summary;
  @RestForm public String requestText;
  @RestForm public String reason;

  @RestForm("version")
  public String version;

  RequestCorrection correction() {
    return new RequestCorrection(
        new DateField(day, month, year),
        summary == null ? "" : summary,
        requestText == null ? "" : requestText,
        reason);
  }

  /** What was typed, to show again after a refusal. */
  Map<String, String> typed() {
    Map<String, String> typed = new HashMap<>();
    typed.put("receivedOn-day", day);
    typed.put("receivedOn-month", month);
    typed.put("receivedOn-year", year);
    typed.put("summary", summary);
    typed.put("requestText", requestText);
    typed.put("reason", reason);
    return typed;
  }
}
