package uk.foitracker.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain over the audit trail. Each event's hash is SHA-256 over a canonical encoding of
 * every column of the event (its id, its position in the chain, when, who, what, the subject, the
 * summary, the before and after states) and the previous event's hash, so changing, removing or
 * reordering any event breaks every hash after it. The first event follows {@link #GENESIS}.
 *
 * <p>The encoding is a version tag, then each field as {@code <byte length>:<UTF-8 bytes>;} or
 * {@code ~;} for null; the time is whole seconds and nanoseconds since 1970 in UTC, so it does not
 * depend on a time zone or a date format. Used by {@link AuditLog#record} when an event is written,
 * by {@link AuditTrail#verify()} and by the migration that chained the events written before the
 * chain existed ({@code db.migration.V10_1__ChainExistingAuditEvents}). Changing it breaks every
 * stored hash: add a new version tag instead.
 */
public final class AuditHashes {
  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "foi-audit-event-v1";

  private AuditHashes() {}

  /** The fields of an event that its hash covers. */
  public record Fields(
      long id,
      long position,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      Long subjectId,
      String summary,
      String before,
      String after) {}

  /** The event's hash, 64 lower-case hexadecimal digits. */
  public static String hash(Fields f, String previousHash) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    field(out, VERSION);
    field(out, Long.toString(f.id()));
    field(out, Long.toString(f.position()));
    field(
        out,
        f.occurredAt() == null
            ? null
            : f.occurredAt().getEpochSecond() + "." + f.occurredAt().getNano());
    field(out, f.actor());
    field(out, f.action());
    field(out, f.subjectType());
    field(out, f.subjectId() == null ? null : Long.toString(f.subjectId()));
    field(out, f.summary());
    field(out, f.before());
    field(out, f.after());
    field(out, previousHash);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void field(ByteArrayOutputStream out, String value) {
    if (value == null) {
      out.writeBytes("~;".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    out.writeBytes(";".getBytes(StandardCharsets.US_ASCII));
  }
}
