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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A row of an answer table: its header (e.g. a year) and its cells in column order. */
@Entity
@Table(name = "table_row")
public class TableRow extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "table_id")
  public AnswerTable table;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false, length = 1000)
  public String header;

  /** Whether the row states the totals of the rows above it ("Total"). */
  @Column(nullable = false)
  public boolean total;

  @OneToMany(mappedBy = "row")
  @OrderBy("columnPosition")
  public List<TableCell> cells = new ArrayList<>();
}
