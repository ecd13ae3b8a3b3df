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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.BlankMeaning;

/**
 * A table in an answer: a caption, columns (each optionally under a group heading, such as CSE over
 * 10–14 and 15–19), and rows with a header and one cell per column.
 */
@Entity
@Table(name = "answer_table")
public class AnswerTable extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "answer_id")
  public Answer answer;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false, length = 400)
  public String caption;

  /** The label above the row headers, if the source table has one (Leicester's "Age"). */
  @Column(name = "corner_label", length = 1000)
  public String cornerLabel;

  /** What a blank cell means; null for a table stored before it was asked (blanks are "-"). */
  @Enumerated(EnumType.STRING)
  @Column(name = "blank_means", length = 20)
  public BlankMeaning blankMeans;

  /** What a "-" means; null for not held, as confirmed by the officer. */
  @Enumerated(EnumType.STRING)
  @Column(name = "dash_means", length = 20)
  public BlankMeaning dashMeans;

  /** False for a table without a row of column headings (a list of label/value pairs). */
  @Column(name = "header_row", nullable = false)
  public boolean headerRow = true;

  /** The note under the table (a caveat, a key for "-" or "<5"), or null. */
  @Column(length = 2000)
  public String note;

  /**
   * The officer marked the table as counting people (children, staff, victims), not events: only
   * such counts can identify someone (FOIA s.40(2)), so only these are checked for small numbers.
   */
  @Column(name = "counts_people", nullable = false)
  public boolean countsPeople;

  @OneToMany(mappedBy = "table")
  @OrderBy("position")
  public List<TableColumn> columns = new ArrayList<>();

  @OneToMany(mappedBy = "table")
  @OrderBy("position")
  public List<TableRow> rows = new ArrayList<>();

  /** Stores a table read from a paste, a file or a data file: its columns, rows and cells. */
  public static AnswerTable create(Answer answer, int position, TableDraft draft) {
    AnswerTable table = new AnswerTable();
    table.answer = answer;
    table.position = position;
    table.caption = draft.caption();
    table.cornerLabel = draft.cornerLabel();
    table.blankMeans = draft.blankMeans();
    table.dashMeans = draft.dashMeans();
    table.headerRow = draft.headerRow();
    table.note = draft.note();
    table.persist();
    int columnPosition = 0;
    for (TableDraft.Column c : draft.columns()) {
      TableColumn column = new TableColumn();
      column.table = table;
      column.position = ++columnPosition;
      column.groupLabel = c.group();
      column.label = c.label();
      column.total = c.total();
      column.persist();
    }
    int rowPosition = 0;
    for (TableDraft.Row r : draft.rows()) {
      TableRow row = new TableRow();
      row.table = table;
      row.position = ++rowPosition;
      row.header = r.header();
      row.total = r.total();
      row.persist();
      int cellPosition = 0;
      for (CellText parsed : r.cells()) {
        TableCell cell = new TableCell();
        cell.row = row;
        cell.columnPosition = ++cellPosition;
        cell.state = parsed.state();
        cell.numericValue = parsed.value();
        cell.displayText = parsed.text();
        cell.decimalValue = parsed.amount();
        cell.unit = parsed.unit();
        cell.persist();
      }
    }
    return table;
  }
}
