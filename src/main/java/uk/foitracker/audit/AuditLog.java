package uk.foitracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes audit events. Callers are services inside their own transaction, so the event commits or
 * rolls back with the change it records.
 */
@ApplicationScoped
public class AuditLog {
  private final Clock clock;

  AuditLog(Clock clock) {
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(
      String actor,
      String action,
      String subjectType,
      Long subjectId,
      String summary,
      String before,
      String after) {
    AuditEvent event = new AuditEvent();
    event.occurredAt = Instant.now(clock);
    event.actor = actor;
    event.action = action;
    event.subjectType = subjectType;
    event.subjectId = subjectId;
    event.summary = summary;
    event.beforeState = before;
    event.afterState = after;
    event.persist();
    return event;
  }
}
