package uk.foitracker.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.foitracker.request.FoiRequest;

/**
 * An auditor's current mark on a finding, keyed by (case, rule, questions). Each change is also an
 * audit event, which keeps the history.
 */
@Entity
@Table(name = "finding_mark")
class FindingMark extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @Column(name = "rule_id", nullable = false, length = 60)
  public String ruleId;

  /** "1,2"; "" for a finding about the whole response. */
  @Column(name = "question_numbers", nullable = false, length = 200)
  public String questionNumbers;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public Verdict verdict;

  @Column(nullable = false, length = 2000)
  public String note;

  @Column(name = "marked_by", nullable = false, length = 100)
  public String markedBy;

  @Column(name = "marked_at", nullable = false)
  public Instant markedAt;

  static Optional<FindingMark> find(FoiRequest request, String ruleId, String questionNumbers) {
    return find(
            "request = ?1 and ruleId = ?2 and questionNumbers = ?3",
            request,
            ruleId,
            questionNumbers)
        .firstResultOptional();
  }

  static List<FindingMark> forRequests(List<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return List.of();
    }
    return list("request.id in ?1", requestIds);
  }
}
