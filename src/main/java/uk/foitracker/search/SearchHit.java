package uk.foitracker.search;

import java.util.List;

/** A published case that matches a search: its slug, Lucene score and the matching passages. */
public record SearchHit(String slug, float score, List<Snippet> snippets) {}
