package uk.foitracker.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.search.Snippet;
import uk.foitracker.web.Dates;

/**
 * One line of the disclosure log.
 *
 * @param publishedOn the date the authority published the response; null when not stated
 * @param addedToLogAt when the case was recorded in this log: a real timestamp of this system,
 *     never the authority's publication date
 * @param highlights the passages matching a search, best first; null when not searching
 * @param authoritySlug the slug of the authority that answered: its log is /a/{slug}/
 */
public record CaseSummary(
    String slug,
    String title,
    String authority,
    Regime regime,
    List<Outcome> outcomes,
    List<CitedProvision> provisions,
    LocalDate publishedOn,
    Instant addedToLogAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Snippet> highlights,
    String authoritySlug) {

  /** A provision cited anywhere in the case: catalogue code and reference as written. */
  public record CitedProvision(String code, String reference) {}

  public String publishedText() {
    return Dates.display(publishedOn);
  }

  /** "s.1(1)(a), s.12, s.17(1)" */
  public String provisionsText() {
    return provisions.stream().map(CitedProvision::reference).collect(Collectors.joining(", "));
  }
}
