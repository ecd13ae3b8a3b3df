package uk.foitracker.publication;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.question.Outcome;
import uk.foitracker.rules.Regime;

/** One line of the disclosure log. */
public record CaseSummary(
    String slug, String title, String authority, Regime regime, List<Outcome> outcomes, LocalDate publishedOn) {
  public String publishedText() {
    return uk.foitracker.web.Dates.display(publishedOn);
  }
}
