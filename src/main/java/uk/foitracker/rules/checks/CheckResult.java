package uk.foitracker.rules.checks;

import java.util.List;

/** The findings of every rule, worst first, and the notes. */
public record CheckResult(List<Finding> findings, List<Note> notes) {
  public CheckResult {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }
}
