package uk.foitracker.review;

import java.util.List;
import uk.foitracker.rules.Outcome;

/** A question that is not provided in full, with its grounds. */
public record RefusedQuestion(
    int number, String text, Outcome outcome, List<Ground> grounds, List<FindingLink> findings) {}
