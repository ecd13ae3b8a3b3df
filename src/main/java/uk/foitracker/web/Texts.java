package uk.foitracker.web;

/** Small text helpers for messages. */
public final class Texts {
  private Texts() {}

  /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
  public static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
