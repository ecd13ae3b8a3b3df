package uk.foitracker.search;

import java.util.Set;

/**
 * The disclosure log's filters as the index applies them; null or empty means any.
 *
 * @param regime FOIA or EIR
 * @param year the year of publication
 * @param outcomes cases with a question of any of these outcomes (enum names)
 * @param provision cases citing this provision (its code)
 * @param authority cases answered by the authority of this slug
 */
public record SearchFilter(
    String regime, Integer year, Set<String> outcomes, String provision, String authority) {
  public static final SearchFilter NONE = new SearchFilter(null, null, Set.of(), null, null);

  /** Every authority. */
  public SearchFilter(String regime, Integer year, Set<String> outcomes, String provision) {
    this(regime, year, outcomes, provision, null);
  }

  public SearchFilter {
    outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
  }
}
