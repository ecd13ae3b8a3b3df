package uk.foitracker.review;

import java.util.List;

/** One case on the refusals page. */
public record CaseRefusals(
    long requestId,
    String slug,
    String title,
    String reference,
    boolean published,
    String officer,
    String year,
    List<RefusedQuestion> questions,
    List<FindingRow> findings,
    List<NoteRow> notes) {}
