package uk.foitracker.review;

import java.util.List;

/** A page of findings for the API: the cases' findings, and how many there are in all. */
public record FindingsPage(
    List<FindingView> findings, int page, int pageCount, int caseCount, long findingCount) {}
