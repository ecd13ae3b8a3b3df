package uk.foitracker.search;

import java.util.List;

/** The public text of one published case, exactly as the disclosure log shows it. */
public record SearchableCase(
    String slug,
    String title,
    List<String> questions,
    List<String> answers,
    List<String> captions) {}
