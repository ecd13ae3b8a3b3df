package uk.foitracker.audit;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param intact whether every event up to the chain head is in place and unchanged
 * @param eventsChecked events found intact, in chain order, before any break
 * @param brokenEventId the first event that breaks the chain (for missing newest events: the one
 *     the chain head names); null when intact
 * @param brokenPosition its position in the chain; null when intact
 * @param problem what is wrong there, in plain words; null when intact
 * @param headPosition the chain head's position: how many events have been written
 * @param headHash the chain head's hash: auditors keep a copy, to catch a rewritten chain
 */
public record TrailCheck(
    boolean intact,
    long eventsChecked,
    Long brokenEventId,
    Long brokenPosition,
    String problem,
    long headPosition,
    String headHash) {

  static TrailCheck intact(long checked) {
    return new TrailCheck(true, checked, null, null, null, 0, null);
  }

  static TrailCheck broken(long checked, Long eventId, long position, String problem) {
    return new TrailCheck(false, checked, eventId, position, problem, 0, null);
  }

  TrailCheck withHead(long position, String hash) {
    return new TrailCheck(
        intact, eventsChecked, brokenEventId, brokenPosition, problem, position, hash);
  }

  /** "Chain verified: 42 events" or "Broken at event #17". */
  public String verdict() {
    if (intact) {
      return "Chain verified: " + eventsChecked + (eventsChecked == 1 ? " event" : " events");
    }
    return brokenEventId == null
        ? "Broken at position " + brokenPosition
        : "Broken at event #" + brokenEventId;
  }
}
