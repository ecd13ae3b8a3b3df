package uk.foitracker.compare;

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
import java.util.List;

/** A correction to the alignment: on an axis, a label as written is taken as another label. */
@Entity
@Table(name = "compare_label")
public class LabelMapping extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  public Batch batch;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  public LabelMap.Axis axis;

  @Column(name = "from_label", nullable = false, length = 500)
  public String fromLabel;

  /** {@link LabelKeys#key} of {@link #fromLabel}: one mapping per label and axis. */
  @Column(name = "from_key", nullable = false, length = 500)
  public String fromKey;

  @Column(name = "to_label", nullable = false, length = 500)
  public String toLabel;

  public static List<LabelMapping> of(Batch batch) {
    return list("batch = ?1 order by id", batch);
  }

  LabelMap.Entry entry() {
    return new LabelMap.Entry(axis, fromLabel, toLabel);
  }
}
