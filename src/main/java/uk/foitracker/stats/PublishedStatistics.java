package uk.foitracker.stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.stats.Period;
import uk.foitracker.rules.stats.RequestOutcome;
import uk.foitracker.rules.stats.ReviewTimeliness;
import uk.foitracker.stats.StatisticsView.PeriodRow;
import uk.foitracker.web.CsvCells;

/**
 * The quarterly FOI statistics as published (s.45 Code of Practice, 2018, paras 8.5 and 8.6), in
 * the columns of the Cabinet Office's "Freedom of Information statistics" bulletins: Table 1
 * (requests received and their status), Table 3 (timeliness), Table 5 with 6a and 6b (initial
 * outcomes) and the internal reviews table. The same figures as the auditor's page, from the same
 * count ({@link StatisticsService}); one row per calendar quarter of receipt, up to the current
 * quarter. Counts only: no personal data.
 *
 * @param tables the tables, each with its columns and a row per quarter
 * @param counted when and from how many requests the figures were counted
 * @param timelinessChart the percentage in time per quarter, drawn beside Table 3
 */
record PublishedStatistics(
    List<Table> tables, List<String> quarters, String counted, BarChart timelinessChart) {
  static final String QUARTER = "Quarter";

  /** One column: its name (unique across the tables, the CSV header) and how it reads a row. */
  record Column(String name, Function<PeriodRow, String> value) {}

  /** One row of a table: the quarter and its cells in column order (a blank is no figure). */
  record TableRow(String code, String label, List<String> cells) {
    /** The cells as the page shows them: "None" where there is no figure. */
    public List<String> shown() {
      return cells.stream().map(c -> c.isEmpty() ? "None" : c).toList();
    }
  }

  /** One table: an id, a caption, its columns and rows. */
  record Table(String id, String caption, List<String> headers, List<TableRow> rows) {}

  /** The tables' definitions, in the bulletin's order. */
  static List<Definition> definitions() {
    return List.of(
        new Definition(
            "table-status",
            "Table 1: requests received and their status at the time of counting",
            List.of(
                col("Requests received", PeriodRow::received),
                col("Lapsed or withdrawn", PeriodRow::lapsed),
                col("On hold", PeriodRow::onHold),
                col("Received less lapsed and on hold", PeriodRow::inScope),
                col("Responded to", PeriodRow::resolved))),
        new Definition(
            "table-timeliness",
            "Table 3: timeliness of response",
            List.of(
                col("Met deadline (20 working days)", PeriodRow::metDeadline),
                col("Permitted extension", PeriodRow::permittedExtension),
                col("In time", PeriodRow::inTime),
                col("Responded to late", PeriodRow::late),
                col("Open past deadline", PeriodRow::openOverdue),
                col("Still pending, not yet due", PeriodRow::stillPending),
                col("Timeliness not known", PeriodRow::timelinessNotKnown),
                pct("Percentage in time", PeriodRow::percent))),
        new Definition(
            "table-outcomes",
            "Table 5: initial outcomes of requests responded to",
            List.of(
                col("Resolvable", PeriodRow::resolvable),
                outcome("Granted in full", RequestOutcome.GRANTED_IN_FULL),
                outcome("Partially withheld", RequestOutcome.PARTLY_WITHHELD),
                col("Withheld in full", PeriodRow::withheldInFull),
                outcome("Withheld in full: exemption or exception", RequestOutcome.FULLY_WITHHELD),
                outcome(
                    "Withheld in full: neither confirm nor deny",
                    RequestOutcome.NEITHER_CONFIRM_NOR_DENY),
                outcome("Withheld in full: cost limit (s.12)", RequestOutcome.REFUSED_COST),
                new Column(
                    "Withheld in full: vexatious or repeated (s.14)",
                    r ->
                        String.valueOf(
                            r.outcome(RequestOutcome.VEXATIOUS)
                                + r.outcome(RequestOutcome.REPEATED)
                                + r.outcome(RequestOutcome.S14_SUBSECTION_NOT_STATED))),
                outcome("Information not held", RequestOutcome.NOT_HELD),
                outcome("Outcome not recorded", RequestOutcome.NOT_RECORDED),
                pct("Percentage of resolvable granted in full", PeriodRow::percentGranted),
                pct(
                    "Percentage granted in full, excluding s.12 and s.14",
                    PeriodRow::percentGrantedExcludingProcedural))),
        new Definition(
            "table-reviews",
            "Internal reviews, by quarter of receipt of the request",
            List.of(
                col("Internal reviews requested", PeriodRow::reviewsRequested),
                col("Internal reviews decided", PeriodRow::reviewsDecided),
                review("Upheld", ReviewOutcome.UPHELD),
                review("Partly overturned", ReviewOutcome.PARTLY_OVERTURNED),
                review("Overturned", ReviewOutcome.OVERTURNED),
                timed("Decided within 20 working days (EIR: 40)", ReviewTimeliness.IN_TARGET),
                timed("Decided within 40 working days", ReviewTimeliness.WITHIN_LONGEST),
                timed("Decided after 40 working days", ReviewTimeliness.LATE),
                timed("Review pending, not yet due", ReviewTimeliness.PENDING),
                timed("Review pending, past deadline", ReviewTimeliness.OVERDUE),
                pct("Percentage of reviews in time", PeriodRow::reviewPercent))));
  }

  /** A table's definition. */
  record Definition(String id, String caption, List<Column> columns) {}

  private static Column col(String name, Function<PeriodRow, Integer> f) {
    return new Column(name, r -> String.valueOf(f.apply(r)));
  }

  private static Column pct(String name, Function<PeriodRow, BigDecimal> f) {
    return new Column(
        name,
        r -> {
          BigDecimal p = f.apply(r);
          return p == null ? "" : p.toPlainString();
        });
  }

  private static Column outcome(String name, RequestOutcome o) {
    return new Column(name, r -> String.valueOf(r.outcome(o)));
  }

  private static Column review(String name, ReviewOutcome o) {
    return new Column(name, r -> String.valueOf(r.reviewOutcomes().get(o.ordinal())));
  }

  private static Column timed(String name, ReviewTimeliness t) {
    return new Column(name, r -> String.valueOf(r.review(t)));
  }

  /** The quarters up to the one containing {@code today}. */
  static PublishedStatistics of(StatisticsView view, LocalDate today) {
    Period now = Period.of(today);
    List<PeriodRow> quarters = view.quarters().stream().filter(r -> !after(r.code(), now)).toList();
    List<Table> tables = new ArrayList<>();
    for (Definition d : definitions()) {
      List<TableRow> rows =
          quarters.stream()
              .map(
                  r ->
                      new TableRow(
                          r.code(),
                          r.label(),
                          d.columns().stream().map(c -> c.value().apply(r)).toList()))
              .toList();
      tables.add(
          new Table(d.id(), d.caption(), d.columns().stream().map(Column::name).toList(), rows));
    }
    return new PublishedStatistics(
        tables,
        quarters.stream().map(PeriodRow::label).toList(),
        view.counted(),
        StatisticsView.timelinessChart(quarters));
  }

  /** Whether a quarter code ("2019 Q1") is after {@code now}. */
  private static boolean after(String code, Period now) {
    String[] p = code.split(" Q");
    return new Period(Integer.parseInt(p[0]), Integer.parseInt(p[1])).compareTo(now) > 0;
  }

  public boolean empty() {
    return quarters.isEmpty();
  }

  /** A header row of the bulletin's column names, then one row per quarter. */
  String csv() {
    StringWriter out = new StringWriter();
    out.write("\uFEFF");
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>();
      header.add(QUARTER);
      tables.forEach(t -> header.addAll(t.headers()));
      CsvCells.print(p, header);
      for (int i = 0; i < quarters.size(); i++) {
        List<String> line = new ArrayList<>();
        line.add(tables.get(0).rows().get(i).code());
        for (Table t : tables) {
          line.addAll(t.rows().get(i).cells());
        }
        CsvCells.print(p, line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
