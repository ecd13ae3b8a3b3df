package uk.foitracker.answer;

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

/** A column of an answer table; adjacent columns with the same group label form a group. */
@Entity
@Table(name = "table_column")
public class TableColumn extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "table_id")
  public AnswerTable table;

  @Column(nullable = false)
  public int position;

  @Column(name = "group_label", length = 1000)
  public String groupLabel;

  @Column(nullable = false, length = 1000)
  public String label;

  /** Whether the column states the total of each row ("Grand Total"). */
  @Column(nullable = false)
  public boolean total;
}
