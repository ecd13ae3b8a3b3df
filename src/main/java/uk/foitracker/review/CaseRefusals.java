package uk.foitracker.review;

import java.util.List;

/**
 * One case on the refusals page.
 *
 * @param evidence the auditor's read-only view of the case, or null when it has no reference
 */
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
    List<NoteRow> notes,
    String evidence) {}
