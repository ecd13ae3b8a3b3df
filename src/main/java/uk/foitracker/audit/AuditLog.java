package uk.foitracker.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes audit events. Callers are services inside their own transaction, so the event commits or
 * rolls back with the change it records.
 *
 * <p>Each event is appended to the hash chain ({@link AuditHashes}): the chain head row is locked
 * ({@code select ... for update}) until the transaction ends, so writers append one after another
 * and the chain cannot fork; the event's id (from {@code audit_event_seq}), position, previous hash
 * and own hash are all set before it is inserted. The price is that transactions that write audit
 * events commit one at a time from this point on.
 */
@ApplicationScoped
public class AuditLog {
  private final Clock clock;
  private final EntityManager em;

  AuditLog(Clock clock, EntityManager em) {
    this.clock = clock;
    this.em = em;
  }

  /**
   * Where the audit chain's head stands: it moves with every change to a request, so a value made
   * from the requests at one position is current while the position stays (see {@link
   * KeptUntilChanged}).
   */
  public long position() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select last_position from audit_chain_head where id = 1")
                            .getSingleResult())
                    .longValue());
  }

  /** The width of {@code audit_event.summary}. */
  static final int SUMMARY_MAX = 2000;

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      String actor,
      String action,
      String subjectType,
      Long subjectId,
      String summary,
      String before,
      String after) {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "select last_position, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
    long id =
        ((Number) em.createNativeQuery("select nextval('audit_event_seq')").getSingleResult())
            .longValue();
    AuditEvent event = new AuditEvent();
    event.id = id;
    event.chainPosition = ((Number) head[0]).longValue() + 1;
    event.previousHash = (String) head[1];
    // the database keeps microseconds: hash exactly what it will give back
    event.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    event.actor = actor;
    event.action = action;
    event.subjectType = subjectType;
    event.subjectId = subjectId;
    event.summary = clip(summary, SUMMARY_MAX);
    event.beforeState = before;
    event.afterState = after;
    event.eventHash = AuditHashes.hash(fields(event), event.previousHash);
    event.persist();
    em.createNativeQuery(
            "update audit_chain_head set last_position = ?1, last_hash = ?2, last_event_id = ?3"
                + " where id = 1")
        .setParameter(1, event.chainPosition)
        .setParameter(2, event.eventHash)
        .setParameter(3, event.id)
        .executeUpdate();
    return event;
  }

  /**
   * A summary names what changed and quotes the officer's words; the words themselves are kept in
   * full on the record they belong to, so a long one is cut to the column's width here rather than
   * failing the officer's action.
   */
  static String clip(String summary, int max) {
    if (summary == null || summary.length() <= max) {
      return summary;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(summary.charAt(end - 1))) {
      end--;
    }
    return summary.substring(0, end) + "\u2026";
  }

  static AuditHashes.Fields fields(AuditEvent e) {
    return new AuditHashes.Fields(
        e.id,
        e.chainPosition,
        e.occurredAt,
        e.actor,
        e.action,
        e.subjectType,
        e.subjectId,
        e.summary,
        e.beforeState,
        e.afterState);
  }
}
