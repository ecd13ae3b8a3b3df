package uk.foitracker.review;

import java.time.Instant;

/** An auditor's mark on a finding. */
public record MarkView(Verdict verdict, String note, String markedBy, Instant markedAt) {}
