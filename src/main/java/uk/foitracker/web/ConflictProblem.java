package uk.foitracker.web;

/** A change refused because someone else changed the same thing first: HTTP 409. */
public class ConflictProblem extends RuntimeException {
  public ConflictProblem(String message) {
    super(message);
  }
}
