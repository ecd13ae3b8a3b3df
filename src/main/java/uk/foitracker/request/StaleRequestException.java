package uk.foitracker.request;

import uk.foitracker.web.ConflictProblem;

/** Someone else saved a change to the request since the officer loaded it: HTTP 409. */
public class StaleRequestException extends ConflictProblem {
  public static final String MESSAGE =
      "Someone else changed this request since you opened it. Check the request as it is now"
          + " and make your change again.";

  public StaleRequestException() {
    super(MESSAGE);
  }
}
