package uk.foitracker.reading;

import java.util.Objects;

/**
 * One value read from a letter.
 *
 * @param value what was read
 * @param span where it was read
 * @param sure false when the reading rests on a weak clue and a person should confirm it
 */
public record Read<T>(T value, Span span, boolean sure) {
  public Read {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
