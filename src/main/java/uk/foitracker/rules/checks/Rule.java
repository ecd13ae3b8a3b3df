package uk.foitracker.rules.checks;

import java.util.List;

/** One check of a response against the provision it enforces. Stateless and pure. */
public interface Rule {

  /** The stable id, stored with an auditor's mark: never change it. */
  String id();

  /** What is wrong; empty when the check passes or does not apply. */
  List<Finding> check(ResponseFacts facts);

  /** What the auditor should know that is not a failing. */
  default List<Note> notes(ResponseFacts facts) {
    return List.of();
  }
}
