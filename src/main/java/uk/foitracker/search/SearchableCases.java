package uk.foitracker.search;

import java.util.List;
import java.util.Optional;

/**
 * Where the index reads published text from. The publication feature implements it with what the
 * public sees (the latest published version of each case), so drafts of a correction never reach
 * the index.
 */
public interface SearchableCases {
  List<String> publishedSlugs();

  /** The case as published, or empty when no published case has this slug. */
  Optional<SearchableCase> find(String slug);

  /**
   * The published cases among {@code slugs}, in that order; unknown or unpublished ones left out.
   */
  default List<SearchableCase> findAll(List<String> slugs) {
    return slugs.stream().map(this::find).flatMap(Optional::stream).toList();
  }
}
