package uk.foitracker.request;

/** Where a request is in its life. Overdue is never a state: it is derived from the clock. */
public enum RequestState {
  OPEN("Open"),
  AWAITING_CLARIFICATION("Awaiting clarification"),
  AWAITING_FEE("Awaiting fee"),
  SENT("Response sent"),
  PUBLISHED("Published"),
  WITHHELD_FROM_LOG("Sent, not published"),
  CLOSED("Closed");

  private final String label;

  RequestState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
