package uk.foitracker.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.foitracker.web.Clocks;
import uk.foitracker.web.Option;

/**
 * The audit trail page: the hash chain's check, the filter, and the events with the check beside
 * each.
 *
 * @param referenceError why the reference given finds no request; null when it does or none was
 *     given
 */
record AuditTrailView(
    TrailCheck check,
    String reference,
    String referenceError,
    List<Option> kinds,
    boolean filtered,
    List<EventLine> events,
    int limit) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm:ssa", Locale.UK);

  /** One event as listed, with the chain's verdict on it. */
  record EventLine(
      long id,
      long position,
      String when,
      String who,
      String what,
      String reference,
      String summary,
      String before,
      String after,
      String chain,
      String chainColour) {}

  static AuditTrailView of(
      TrailCheck check,
      String reference,
      String referenceError,
      List<AuditEvents.Kind> kinds,
      String kind,
      List<AuditEvents.Row> rows) {
    List<Option> options = new ArrayList<>();
    options.add(Option.blank("Every kind of event"));
    for (AuditEvents.Kind k : kinds) {
      options.add(new Option(k.action(), k.label(), k.action().equals(kind)));
    }
    List<EventLine> lines = new ArrayList<>();
    for (AuditEvents.Row r : rows) {
      String[] verdict = verdict(check, r.position());
      lines.add(
          new EventLine(
              r.id(),
              r.position(),
              WHEN.format(r.occurredAt().atZone(Clocks.UK)).replace("AM", "am").replace("PM", "pm"),
              r.actor(),
              r.kind(),
              r.reference(),
              r.summary(),
              r.before(),
              r.after(),
              verdict[0],
              verdict[1]));
    }
    boolean filtered = !reference.isBlank() || !kind.isBlank();
    return new AuditTrailView(
        check, reference, referenceError, options, filtered, lines, AuditEvents.LIMIT);
  }

  /** What the chain check says of the event at a position, and the tag's colour. */
  static String[] verdict(TrailCheck check, long position) {
    if (check.intact()) {
      return position <= check.headPosition()
          ? new String[] {"Verified", "green"}
          : new String[] {"Written after the check", "grey"};
    }
    long broken = check.brokenPosition() == null ? 0 : check.brokenPosition();
    if (position < broken) {
      return new String[] {"Verified", "green"};
    }
    if (position == broken) {
      return new String[] {"Breaks the chain", "red"};
    }
    return new String[] {"Not verified: after the break", "yellow"};
  }
}
