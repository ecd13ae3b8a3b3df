package uk.foitracker.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import uk.foitracker.rules.checks.Severity;

/** A finding as the API gives it. */
public record FindingView(
    @JsonProperty("case") String caseSlug,
    String reference,
    String title,
    List<Integer> questionNumbers,
    String ruleId,
    String provision,
    Severity severity,
    String message,
    MarkView mark) {}
