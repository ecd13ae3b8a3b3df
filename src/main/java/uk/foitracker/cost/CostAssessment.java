package uk.foitracker.cost;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;

/** The s.12 cost assessment of a request: the limit, the rate, the estimate lines, the advice. */
@Entity
@Table(name = "cost_assessment")
public class CostAssessment extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", unique = true)
  public FoiRequest request;

  @Column(name = "limit_pence", nullable = false)
  public int limitPence;

  @Column(name = "hourly_rate_pence", nullable = false)
  public int hourlyRatePence;

  /** Why the cost would exceed the limit, as the authority stated it. */
  @Column(length = 20000)
  public String statement;

  /** The s.16 advice on bringing the request within the limit. */
  @Column(length = 20000)
  public String advice;

  /** The hours the authority stated, in minutes (20.5 hours is 1230); null when not stated. */
  @Column(name = "stated_minutes")
  public Integer statedMinutes;

  @OneToMany(mappedBy = "assessment")
  @OrderBy("position")
  public List<CostLine> lines = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "cost_assessment_question",
      joinColumns = @JoinColumn(name = "assessment_id"),
      inverseJoinColumns = @JoinColumn(name = "question_id"))
  @OrderBy("number")
  public List<Question> questions = new ArrayList<>();

  public static Optional<CostAssessment> forRequest(FoiRequest request) {
    return find("request", request).firstResultOptional();
  }
}
