package uk.foitracker.compose;

/** A missing element of the notice: the section that asks for it, the field, the message. */
public record MissingView(String section, String field, String message) {
  public String text() {
    return section + ": " + message;
  }
}
