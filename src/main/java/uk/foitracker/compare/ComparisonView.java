package uk.foitracker.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import uk.foitracker.web.Pagination;

/**
 * A batch compared, as the public sees it: its published cases only, their questions with each
 * authority's outcome and grounds side by side, the grounds counted across the batch, and the
 * answer tables aligned with every cell's state and where it came from.
 *
 * <p>A batch sent to hundreds of authorities is shown a page of them at a time: {@code
 * authorities}, {@code questions} and {@code tables} hold this page's authorities (numbers {@code
 * firstAuthority} to {@code lastAuthority} of {@code authoritiesTotal}), while {@code grounds} are
 * counted over the whole batch.
 *
 * @param notPublished how many cases of the batch are not published (none of them is shown)
 */
public record ComparisonView(
    String slug,
    String title,
    String wording,
    List<AuthorityCase> authorities,
    List<QuestionRow> questions,
    List<Ground> grounds,
    List<Grid> tables,
    int notPublished,
    int page,
    int pages,
    int authoritiesTotal,
    int firstAuthority,
    int lastAuthority,
    @JsonIgnore Pagination pagination) {

  /** One authority's published case in the batch. */
  public record AuthorityCase(
      String authority, String caseSlug, String caseTitle, String authorityReference) {
    public String href() {
      return "/cases/" + caseSlug;
    }
  }

  /** Question {@code number} of each authority's case (null where a case has fewer). */
  public record QuestionRow(int number, List<QuestionCell> cells) {}

  public record QuestionCell(
      String authority, String text, String outcome, String outcomeLabel, List<String> grounds) {
    public String groundsText() {
      return grounds.isEmpty() ? "None cited" : String.join(", ", grounds);
    }
  }

  /** A provision cited across the batch: how many authorities cited it, and which. */
  public record Ground(
      String provision, String role, boolean refuses, int count, List<String> authorities) {
    public String authoritiesText() {
      return String.join(", ", authorities);
    }
  }

  /** One group of tables aligned. */
  public record Grid(
      int number,
      String title,
      List<String> authorities,
      List<SourceTable> sources,
      List<Head> columns,
      List<GridRow> rows) {
    public int span() {
      return authorities.size();
    }
  }

  /** An authority's table in a grid: the case and its table number, and its caption. */
  public record SourceTable(String authority, String caseSlug, int table, String caption) {
    public String href() {
      return "/cases/" + caseSlug + "#table-" + table;
    }
  }

  /** A row or column of the aligned table: the label shown and every other way it is written. */
  public record Head(String key, String label, List<String> asWritten) {
    public String alsoWritten() {
      return asWritten.size() < 2 ? "" : String.join("; ", asWritten.subList(1, asWritten.size()));
    }
  }

  public record GridRow(Head head, List<GridCell> cells, @JsonIgnore Chart chart) {}

  /**
   * One authority's cell at a row and column. {@code state} is the cell's state as published (a
   * CellState name), or ABSENT where its table has no such row or column; {@code caseSlug}, {@code
   * table}, {@code row} and {@code column} say where it came from (1-based; null when absent).
   */
  public record GridCell(
      String authority,
      String column,
      String columnKey,
      String state,
      String stateLabel,
      Long value,
      String text,
      String caseSlug,
      Integer table,
      Integer row,
      Integer sourceColumn,
      String rowLabel,
      String columnLabel) {
    public boolean absent() {
      return caseSlug == null;
    }

    public boolean figure() {
      return "VALUE".equals(state);
    }

    /** What the cell shows: a value's figure; otherwise the state's name, never a zero. */
    public String shown() {
      if (figure()) {
        return value != null ? Long.toString(value) : text;
      }
      return stateLabel;
    }

    public String href() {
      return absent() ? null : "/cases/" + caseSlug + "#table-" + table;
    }
  }

  /** A row's values across authorities, one bar per authority and column, drawn as SVG. */
  public record Chart(String id, String title, String desc, int height, List<Bar> bars) {
    public int width() {
      return RowCharts.WIDTH;
    }
  }

  public record Bar(String label, String shown, int y, int width, int textY, int valueX) {
    public int labelX() {
      return RowCharts.LABEL_WIDTH - 6;
    }

    public int x() {
      return RowCharts.LABEL_WIDTH;
    }

    public int barHeight() {
      return RowCharts.BAR;
    }
  }
}
