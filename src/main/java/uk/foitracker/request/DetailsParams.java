package uk.foitracker.request;

import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.web.DateField;

/** The fields of the "Authority's references and dates" form on the request page. */
public class DetailsParams {
  @RestForm public String authorityReference;
  @RestForm public String otherAuthorityReferences;

  @RestForm("statedDue-day")
  public String day;

  @RestForm("statedDue-month")
  public String month;

  @RestForm("statedDue-year")
  public String year;

  @RestForm public String channel;

  @RestForm("version")
  public String version;

  DetailsDraft draft() {
    return new DetailsDraft(
        authorityReference,
        DetailsDraft.lines(otherAuthorityReferences),
        new DateField(day, month, year),
        channel);
  }
}
