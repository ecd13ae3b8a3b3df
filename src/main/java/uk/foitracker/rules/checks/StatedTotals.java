package uk.foitracker.rules.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.Regime;

/**
 * FOIA s.1(1)(b): the applicant is entitled "to have that information communicated to him"; EIR reg
 * 5(1) the same. A table whose stated total differs from the sum of the cells it totals
 * communicates two different figures, and at least one of them is wrong.
 *
 * <p>A total row states, for each column, the sum of the rows above it (back to the previous total
 * row, or all of them when it follows another total row directly, as a "Grand Total" after
 * sub-totals); a total column states, for each row, the sum of the other columns. A total is
 * checked only when it and every cell it adds up are figures (a blank that means zero and "nil"
 * count as 0): a suppressed, not-held or unexplained cell makes it unverifiable, not wrong. The
 * published table keeps the stated figure, as sent: this only tells the officer and the auditor.
 */
public final class StatedTotals implements Rule {
  public static final String ID = "STATED_TOTALS";

  /** "Total", "Totals", "Grand Total", "Sub-total", "Total:" and a wrapped "Grand\nTotal". */
  private static final Pattern TOTAL_LABEL =
      Pattern.compile("(grand |sub ?|sub-)?totals?:?", Pattern.CASE_INSENSITIVE);

  /** Whether a row or column labelled {@code label} is, by its label, a total. */
  public static boolean isTotalLabel(String label) {
    if (label == null) {
      return false;
    }
    String l = label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    return TOTAL_LABEL.matcher(l).matches();
  }

  /**
   * A stated total that differs from the sum of its cells.
   *
   * @param row the header of the row the total is in
   * @param column the label of the column the total is in
   * @param stated the total as stated
   * @param sum the sum of the cells it totals
   * @param across true when the total is of a row's cells (a total column), false when it is of a
   *     column's cells (a total row)
   */
  public record Mismatch(
      String row, String column, BigDecimal stated, BigDecimal sum, boolean across) {
    /** "Grand Total, 2019/20: stated 635, the rows above add up to 634". */
    public String message() {
      return row
          + ", "
          + column
          + ": the stated total is "
          + stated.toPlainString()
          + " but the "
          + (across ? "cells of the row" : "rows above")
          + " add up to "
          + sum.toPlainString();
    }
  }

  /** Every stated total of {@code table} that differs from the sum of its cells, row by row. */
  public static List<Mismatch> mismatches(TableFacts table) {
    Set<Integer> totalColumns = new LinkedHashSet<>(table.totalColumns());
    Map<String, Mismatch> found = new LinkedHashMap<>();
    List<TableFacts.Row> rows = table.rows();
    int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    // total rows: each column, down
    int sectionStart = 0;
    for (int r = 0; r < rows.size(); r++) {
      TableFacts.Row row = rows.get(r);
      if (!row.total()) {
        continue;
      }
      int from = sectionStart;
      if (from == r) {
        from = 0; // a total straight after a total: of every non-total row above
      }
      List<TableFacts.Row> above = new ArrayList<>();
      for (int i = from; i < r; i++) {
        if (!rows.get(i).total()) {
          above.add(rows.get(i));
        }
      }
      sectionStart = r + 1;
      if (above.isEmpty()) {
        continue;
      }
      for (int c = 0; c < width; c++) {
        BigDecimal stated = figure(cell(row, c));
        if (stated == null) {
          continue;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean verifiable = true;
        for (TableFacts.Row a : above) {
          BigDecimal f = figure(cell(a, c));
          if (f == null) {
            verifiable = false;
            break;
          }
          sum = sum.add(f);
        }
        if (verifiable && stated.compareTo(sum) != 0) {
          found.put(r + ":" + c, new Mismatch(row.header(), label(table, c), stated, sum, false));
        }
      }
    }
    // total columns: each row, across the other columns
    for (int c : totalColumns) {
      for (int r = 0; r < rows.size(); r++) {
        TableFacts.Row row = rows.get(r);
        BigDecimal stated = figure(cell(row, c));
        if (stated == null || found.containsKey(r + ":" + c)) {
          continue;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean verifiable = true;
        int added = 0;
        for (int i = 0; i < row.cells().size(); i++) {
          if (totalColumns.contains(i)) {
            continue;
          }
          BigDecimal f = figure(row.cells().get(i));
          if (f == null) {
            verifiable = false;
            break;
          }
          sum = sum.add(f);
          added++;
        }
        if (verifiable && added > 0 && stated.compareTo(sum) != 0) {
          found.put(r + ":" + c, new Mismatch(row.header(), label(table, c), stated, sum, true));
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static TableFacts.Cell cell(TableFacts.Row row, int c) {
    return c < row.cells().size() ? row.cells().get(c) : null;
  }

  private static String label(TableFacts table, int c) {
    return c < table.columns().size() ? table.columns().get(c) : "column " + (c + 1);
  }

  /** The figure a cell adds to a sum, or null when it is not a figure. */
  private static BigDecimal figure(TableFacts.Cell cell) {
    if (cell == null) {
      return null;
    }
    if (cell.kind() == CellState.NIL) {
      return BigDecimal.ZERO;
    }
    if (cell.kind() == CellState.VALUE) {
      return cell.amount();
    }
    return null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    Map<String, List<Integer>> questionsByAnswer = new LinkedHashMap<>();
    Map<String, QuestionFacts> firstByAnswer = new LinkedHashMap<>();
    for (QuestionFacts q : facts.questions()) {
      String key = q.answerKey() == null ? "q" + q.number() : q.answerKey();
      questionsByAnswer.computeIfAbsent(key, k -> new ArrayList<>()).add(q.number());
      firstByAnswer.putIfAbsent(key, q);
    }
    List<Finding> findings = new ArrayList<>();
    firstByAnswer.forEach(
        (key, q) -> {
          for (TableFacts t : q.tables()) {
            List<Mismatch> wrong = mismatches(t);
            if (!wrong.isEmpty()) {
              findings.add(
                  new Finding(
                      ID,
                      facts.regime() == Regime.FOIA ? "s.1(1)(b)" : "reg 5(1)",
                      questionsByAnswer.get(key),
                      Severity.LOW,
                      "The table \""
                          + t.caption()
                          + "\" states "
                          + (wrong.size() == 1 ? "a total" : wrong.size() + " totals")
                          + " that the cells do not add up to ("
                          + String.join("; ", wrong.stream().map(Mismatch::message).toList())
                          + ")."));
            }
          }
        });
    return findings;
  }
}
