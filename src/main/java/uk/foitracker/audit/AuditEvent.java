package uk.foitracker.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An append-only record of a change a person (or the system) made. Never updated or deleted (on
 * PostgreSQL the database refuses it: V10.3), and chained: each event carries the hash of the one
 * before it and its own hash over all its columns ({@link AuditHashes}), so an edit shows in {@link
 * AuditTrail#verify()}. Written only by {@link AuditLog#record}, which assigns the id from {@code
 * audit_event_seq} while it holds the chain head.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
  @Id public Long id;

  /** 1 for the first event, then one more for each; no gaps. */
  @Column(name = "chain_position", nullable = false, updatable = false)
  public Long chainPosition;

  /** The hash of the event at the position before, or {@link AuditHashes#GENESIS}. */
  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  public String previousHash;

  /** SHA-256 over this event's columns and {@link #previousHash}. */
  @Column(name = "event_hash", nullable = false, updatable = false, length = 64)
  public String eventHash;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 100)
  public String actor;

  @Column(nullable = false, updatable = false, length = 60)
  public String action;

  @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
  public String subjectType;

  @Column(name = "subject_id", updatable = false)
  public Long subjectId;

  @Column(nullable = false, updatable = false, length = 2000)
  public String summary;

  @Column(name = "before_state", updatable = false, length = 20000)
  public String beforeState;

  @Column(name = "after_state", updatable = false, length = 20000)
  public String afterState;

  public static List<AuditEvent> forSubject(String type, Long id) {
    return list("subjectType = ?1 and subjectId = ?2 order by occurredAt, id", type, id);
  }
}
