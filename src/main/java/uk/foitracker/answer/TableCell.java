package uk.foitracker.answer;

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
import uk.foitracker.rules.CellState;

/** One cell: its state, the number when it has one, and the text shown exactly as published. */
@Entity
@Table(name = "table_cell")
public class TableCell extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "row_id")
  public TableRow row;

  @Column(name = "column_position", nullable = false)
  public int columnPosition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public CellState state;

  @Column(name = "numeric_value")
  public Long numericValue;

  @Column(name = "display_text", nullable = false, length = 200)
  public String displayText;
}
