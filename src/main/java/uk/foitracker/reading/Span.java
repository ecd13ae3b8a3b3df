package uk.foitracker.reading;

/**
 * Where in the text an element was read: characters {@code start} (inclusive) to {@code end}
 * (exclusive) of the text given to the reader.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Not a span: " + start + ".." + end);
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
