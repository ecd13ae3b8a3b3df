package uk.foitracker.search;

import java.util.List;
import java.util.Optional;

/**
 * Where the index reads published text from. The publication feature implements it with what the
 * public sees (the latest published version of each case), so drafts of a correction never reach
 * the index.
 */
public interface SearchableCases {
  /**
   * The slugs of published cases in slug order after {@code after} (from the first when null), at
   * most {@code max}: the index is rebuilt a batch at a time, never holding every case at once.
   */
  List<String> publishedSlugs(String after, int max);

  /** The case as published, or empty when no published case has this slug. */
  Optional<SearchableCase> find(String slug);

  /**
   * The published cases among {@code slugs}, in that order; unknown or unpublished ones left out.
   */
  default List<SearchableCase> findAll(List<String> slugs) {
    return slugs.stream().map(this::find).flatMap(Optional::stream).toList();
  }
}
