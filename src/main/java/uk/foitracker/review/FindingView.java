package uk.foitracker.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.rules.checks.Severity;

/**
 * A finding as the API gives it; {@code asAt} is the day it was judged as at (today unless asked
 * for another day): what is still open is overdue only if it was due before that day.
 */
public record FindingView(
    @JsonProperty("case") String caseSlug,
    String reference,
    String title,
    List<Integer> questionNumbers,
    String ruleId,
    String provision,
    Severity severity,
    String message,
    MarkView mark,
    LocalDate asAt) {}
