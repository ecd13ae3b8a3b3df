package uk.foitracker.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Walks the audit trail in chain order and finds the first event that breaks it: an event whose
 * position is not the next one (one was removed or moved), whose previous hash is not the hash of
 * the event before it, or whose own hash does not match its columns (one was edited). At the end
 * the last event must be the one the chain head names (else the newest events were removed). Pure:
 * fed by {@link AuditTrail} from the database, and by tests.
 */
public final class ChainWalk {
  private long position;
  private String previousHash = AuditHashes.GENESIS;
  private long checked;
  private TrailCheck broken;

  /**
   * Checks the next event.
   *
   * @return false once the chain is broken (later events need not be read)
   */
  public boolean next(AuditHashes.Fields event, String storedPreviousHash, String storedHash) {
    if (broken != null) {
      return false;
    }
    String problem = null;
    if (event.position() != position + 1) {
      problem =
          event.position() > position + 1
              ? "the event at position " + (position + 1) + " is missing"
              : "it is out of order: position " + event.position() + " after " + position;
    } else if (!same(storedPreviousHash, previousHash)) {
      problem = "it does not follow the event before it: its previous hash differs";
    } else if (!same(AuditHashes.hash(event, storedPreviousHash), storedHash)) {
      problem = "its contents do not match its hash: it was changed after it was written";
    }
    if (problem != null) {
      broken = TrailCheck.broken(checked, event.id(), event.position(), problem);
      return false;
    }
    position = event.position();
    previousHash = storedHash;
    checked++;
    return true;
  }

  /** The result, given the chain head read before the walk. */
  public TrailCheck finish(long headPosition, String headHash, Long headEventId) {
    TrailCheck result = broken;
    if (result == null && position != headPosition) {
      result =
          TrailCheck.broken(
              checked,
              headEventId,
              headPosition,
              position < headPosition
                  ? "the newest events are missing: the trail ends at position "
                      + position
                      + " but the chain head is at "
                      + headPosition
                  : "the trail goes on past the chain head");
    } else if (result == null && !same(previousHash, headHash)) {
      result =
          TrailCheck.broken(
              checked,
              headEventId,
              headPosition,
              "the newest event is not the one the chain head names: its hash differs");
    }
    return (result == null ? TrailCheck.intact(checked) : result).withHead(headPosition, headHash);
  }

  /**
   * Compares two hashes in constant time. The hashes are not secrets (auditors see them), but a
   * comparison whose time depends on the contents is never needed here.
   */
  private static boolean same(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
