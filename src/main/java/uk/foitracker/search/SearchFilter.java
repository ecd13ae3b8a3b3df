package uk.foitracker.search;

import java.util.Set;

/**
 * The disclosure log's filters as the index applies them; null or empty means any.
 *
 * @param regime FOIA or EIR
 * @param year the year of publication
 * @param outcomes cases with a question of any of these outcomes (enum names)
 * @param provision cases citing this provision (its code)
 */
public record SearchFilter(String regime, Integer year, Set<String> outcomes, String provision) {
  public static final SearchFilter NONE = new SearchFilter(null, null, Set.of(), null);

  public SearchFilter {
    outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
  }
}
