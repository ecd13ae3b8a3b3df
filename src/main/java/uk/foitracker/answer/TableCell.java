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
import java.math.BigDecimal;
import uk.foitracker.rules.CellAmount;
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

  @Column(name = "display_text", nullable = false, length = 1000)
  public String displayText;

  /** The number of a value with its precision (12.5 of "12.5%"); null when not a value. */
  @Column(name = "decimal_value", precision = 38, scale = 10)
  public BigDecimal decimalValue;

  /** The unit written with the number ("£", "%", "FTE"), or null. */
  @Column(length = 40)
  public String unit;

  /**
   * {@link #decimalValue} with the precision it was written with ("12.50%" is 12.50), not the
   * stored scale (12.5000000000).
   */
  public BigDecimal amount() {
    if (decimalValue == null) {
      return numericValue == null ? null : BigDecimal.valueOf(numericValue);
    }
    return CellAmount.parse(displayText)
        .map(CellAmount::amount)
        .filter(written -> written.compareTo(decimalValue) == 0)
        .orElseGet(
            () -> {
              BigDecimal a = decimalValue.stripTrailingZeros();
              return a.scale() < 0 ? a.setScale(0) : a;
            });
  }
}
