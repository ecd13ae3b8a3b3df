package uk.foitracker.search;

import java.util.List;

/** A published case that matches a search: its slug and the passages where the words were found. */
public record SearchHit(String slug, List<Snippet> snippets) {}
