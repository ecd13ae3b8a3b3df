package uk.foitracker.compose;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.request.FoiRequest;

/** A related request whose cost is aggregated with an assessment (Fees Regulations reg 5). */
@Entity
@Table(name = "cost_aggregation")
public class CostAggregation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id")
  public CostAssessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "related_request_id")
  public FoiRequest related;

  @Column(nullable = false, length = 2000)
  public String reasons;
}
