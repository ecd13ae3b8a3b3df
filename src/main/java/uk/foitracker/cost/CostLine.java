package uk.foitracker.cost;

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

/** One line of an estimate: a permitted activity, its basis (e.g. 1,400 files × 3 minutes). */
@Entity
@Table(name = "cost_line")
public class CostLine extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id")
  public CostAssessment assessment;

  @Column(nullable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public Activity activity;

  @Column(nullable = false, length = 2000)
  public String basis;

  /** The line's minutes; at the low end when the minutes for each unit are a range. */
  @Column(nullable = false)
  public int minutes;

  /** How many units (records, files); null when the line states its minutes outright. */
  public Integer units;

  /** Minutes for each unit, or the low end of a range ("2–5 minutes a record"). */
  @Column(name = "minutes_each_min")
  public Integer minutesEachMin;

  /** The high end of a range of minutes for each unit; equal to the low end without one. */
  @Column(name = "minutes_each_max")
  public Integer minutesEachMax;

  /** The line's minutes at the high end of a range; null for lines stored before ranges. */
  @Column(name = "minutes_max")
  public Integer minutesMax;
}
