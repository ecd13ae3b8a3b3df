package uk.foitracker.compose;

import java.util.List;

/**
 * A citation of the request as the officer addresses it: {@code position} for {@code DELETE
 * /api/responses/{ref}/citations/{position}} (null for one imported without a number, removed per
 * question), the provision's code and reference, the questions it covers.
 */
public record CitationEntry(
    Integer position,
    String provision,
    String reference,
    String title,
    List<Integer> questions,
    String role,
    String reasons,
    boolean publicInterestTest,
    List<String> precedents) {}
