package uk.foitracker.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An append-only record of a change a person (or the system) made. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

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
