package uk.foitracker.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.foitracker.request.FoiRequest;

/**
 * Where a page of the disclosure log starts or ends, in the order by date: the sort key of a case
 * (date published, time created, id). A page link carries the key of the last case shown ({@code
 * after}) or the first ({@code before}), so a deep page reads 20 rows from an index instead of
 * skipping every case before it. In the address: {@code 2024-03-01~2024-02-01T10:00:00Z~12345}, the
 * date empty when it is not stated.
 */
record LogKey(LocalDate publishedOn, Instant createdAt, long id) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?~([0-9T:.Z-]{1,40})~(\\d{1,18})");

  static LogKey of(FoiRequest r) {
    return new LogKey(r.publishedOn, r.createdAt, r.id);
  }

  /** The key in an address, or empty when the text is not one (the page number is used then). */
  static Optional<LogKey> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new LogKey(
              m.group(1) == null ? null : LocalDate.parse(m.group(1)),
              Instant.parse(m.group(2)),
              Long.parseLong(m.group(3))));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  String param() {
    return (publishedOn == null ? "" : publishedOn.toString()) + "~" + createdAt + "~" + id;
  }
}
