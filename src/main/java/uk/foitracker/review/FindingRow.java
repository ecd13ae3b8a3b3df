package uk.foitracker.review;

import java.util.List;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.web.FormEcho;

/** A finding on the refusals page, with its mark and its form. */
public record FindingRow(
    String anchor,
    long requestId,
    String ruleId,
    String provision,
    List<Integer> questionNumbers,
    String questionKey,
    String questionsLabel,
    Severity severity,
    String message,
    MarkView mark,
    FormEcho form) {}
