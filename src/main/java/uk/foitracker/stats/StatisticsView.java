package uk.foitracker.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.stats.Figures;
import uk.foitracker.rules.stats.FoiStatistics;
import uk.foitracker.rules.stats.FoiStatistics.ProvisionCount;
import uk.foitracker.rules.stats.FoiStatistics.Row;
import uk.foitracker.rules.stats.FoiStatistics.RowKind;
import uk.foitracker.rules.stats.RequestOutcome;
import uk.foitracker.rules.stats.ReviewTimeliness;
import uk.foitracker.rules.stats.TimelinessBand;
import uk.foitracker.web.Option;
import uk.foitracker.web.StatuteLabels;

/**
 * The statistics as the page and the exports show them: one table per measure, a chart for each,
 * and the same figures as flat lines for CSV and XLSX. No personal data: counts only.
 */
record StatisticsView(
    String description,
    boolean filtered,
    String query,
    String fileSuffix,
    List<Option> years,
    List<Option> regimes,
    List<PeriodRow> rows,
    List<String> outcomeHeaders,
    List<ExemptionRow> exemptions,
    BarChart timelinessChart,
    BarChart outcomesChart,
    BarChart exemptionsChart,
    BarChart reviewsChart,
    String counted) {

  static final String T_TIMELINESS = "Requests and timeliness";
  static final String T_OUTCOMES = "Outcome of resolved requests";
  static final String T_EXEMPTIONS = "Exemptions applied";
  static final String T_REVIEWS = "Internal reviews";

  /** A provision and the number of resolved requests that cited it. */
  record ExemptionRow(String code, String reference, int requests) {}

  /** One period's figures, ready to print. */
  record PeriodRow(
      String code,
      String label,
      boolean summary,
      int received,
      int resolved,
      int open,
      int metDeadline,
      int permittedExtension,
      int inTime,
      int late,
      int timelinessNotKnown,
      BigDecimal percent,
      TimelinessBand band,
      List<Integer> outcomes,
      int resolvable,
      int reviewsRequested,
      int reviewsDecided,
      List<Integer> reviewOutcomes,
      int lapsed,
      int onHold,
      int openOverdue,
      int stillPending,
      int notInTime,
      int inScope,
      int withheldInFull,
      BigDecimal percentGranted,
      BigDecimal percentGrantedExcludingProcedural,
      List<Integer> reviewTimeliness,
      BigDecimal reviewPercent) {

    /** "80.0%", or "None" when there is no base. */
    static String percentOrNone(BigDecimal p) {
      return p == null ? "None" : p.toPlainString() + "%";
    }

    public String reviewPercentText() {
      return percentOrNone(reviewPercent);
    }

    public String percentGrantedText() {
      return percentOrNone(percentGranted);
    }

    public String percentGrantedExcludingProceduralText() {
      return percentOrNone(percentGrantedExcludingProcedural);
    }

    /** The figure of one outcome. */
    public int outcome(RequestOutcome o) {
      return outcomes.get(o.ordinal());
    }

    /** The count of reviews of one timeliness. */
    public int review(ReviewTimeliness t) {
      return reviewTimeliness.get(t.ordinal());
    }

    /**
     * The base of the percentage in time: answered in time, answered late, and open past the
     * deadline (as the bulletin counts it, {@link Figures#timed()}).
     */
    public int timed() {
      return inTime + late + openOverdue;
    }

    /** "95.0%", or "No responses timed". */
    public String percentText() {
      return percent == null ? "No responses timed" : percent.toPlainString() + "%";
    }
  }

  /** One figure for the exports. {@code value} is a number, or null with {@code text} set. */
  record Line(String table, String period, String measure, Number value, String text) {
    String shown() {
      return value == null ? (text == null ? "" : text) : value.toString();
    }
  }

  /**
   * @param counted when and from how many requests the figures were counted
   */
  static StatisticsView of(StatsFilter filter, FoiStatistics.Result result, String counted) {
    List<Option> years = new ArrayList<>();
    years.add(Option.blank("All years"));
    for (int y : result.years()) {
      years.add(new Option(String.valueOf(y), String.valueOf(y), filter.year().orElse(-1) == y));
    }
    if (filter.year().isPresent() && !result.years().contains(filter.year().get())) {
      years.add(
          new Option(
              String.valueOf(filter.year().get()), String.valueOf(filter.year().get()), true));
    }
    List<Option> regimes = new ArrayList<>();
    regimes.add(Option.blank("FOIA and EIR"));
    Arrays.stream(Regime.values())
        .map(
            r ->
                new Option(
                    r.name(), r.name() + ": " + r.title(), filter.regime().equals(Optional.of(r))))
        .forEach(regimes::add);
    List<PeriodRow> rows = result.rows().stream().map(StatisticsView::row).toList();
    List<String> outcomeHeaders =
        Arrays.stream(RequestOutcome.values()).map(StatuteLabels::label).toList();
    List<ExemptionRow> exemptions =
        result.exemptions().stream()
            .map(p -> new ExemptionRow(p.code(), p.reference(), p.requests()))
            .toList();
    return new StatisticsView(
        filter.describe(),
        filter.any(),
        filter.query(),
        filter.fileSuffix(),
        years,
        regimes,
        rows,
        outcomeHeaders,
        exemptions,
        timelinessChart(rows),
        outcomesChart(result.total().figures()),
        exemptionsChart(result.exemptions()),
        reviewsChart(result.total().figures()),
        counted);
  }

  private static PeriodRow row(Row r) {
    Figures f = r.figures();
    return new PeriodRow(
        r.code(),
        r.label(),
        r.kind() != RowKind.QUARTER,
        f.received(),
        f.resolved(),
        f.open(),
        f.metDeadline(),
        f.permittedExtension(),
        f.inTime(),
        f.late(),
        f.timelinessNotKnown(),
        f.percentInTime().orElse(null),
        f.band().orElse(null),
        Arrays.stream(RequestOutcome.values()).map(f::outcome).toList(),
        f.resolvable(),
        f.reviewsRequested(),
        f.reviewsDecided(),
        Arrays.stream(ReviewOutcome.values()).map(f::reviewOutcome).toList(),
        f.lapsed(),
        f.onHold(),
        f.openOverdue(),
        f.stillPending(),
        f.notInTime(),
        f.inScope(),
        f.withheldInFull(),
        f.percentGrantedInFull().orElse(null),
        f.percentGrantedInFullExcludingProcedural().orElse(null),
        Arrays.stream(ReviewTimeliness.values()).map(f::reviewTimeliness).toList(),
        f.percentReviewsInTime().orElse(null));
  }

  /**
   * The headline figures: the total row, whose percentage in time counts open requests past their
   * deadline as not in time, as every table and chart on the auditor's and the public page does.
   */
  public PeriodRow headline() {
    return rows.get(rows.size() - 1);
  }

  public List<String> reviewTimelinessHeaders() {
    return Arrays.stream(ReviewTimeliness.values()).map(StatuteLabels::label).toList();
  }

  /** The quarters only, for the published statistics (the bulletin is quarterly). */
  List<PeriodRow> quarters() {
    return rows.stream().filter(r -> !r.summary()).toList();
  }

  public List<String> reviewHeaders() {
    return Arrays.stream(ReviewOutcome.values()).map(StatuteLabels::label).toList();
  }

  static BarChart timelinessChart(List<PeriodRow> rows) {
    List<BarChart.Item> items =
        rows.stream()
            .filter(r -> r.percent() != null)
            .map(
                r ->
                    new BarChart.Item(
                        r.label(), r.percent().doubleValue(), r.percent().toPlainString()))
            .toList();
    return BarChart.of(
        "chart-timeliness",
        "Percentage in time, of requests answered or past their deadline",
        "%",
        items,
        100.0,
        List.of(new BarChart.Item("90%", 90.0, "90"), new BarChart.Item("95%", 95.0, "95")));
  }

  private static BarChart outcomesChart(Figures total) {
    List<BarChart.Item> items =
        Arrays.stream(RequestOutcome.values())
            .filter(o -> o != RequestOutcome.NOT_RECORDED || total.outcome(o) > 0)
            .map(
                o ->
                    new BarChart.Item(
                        StatuteLabels.label(o),
                        (double) total.outcome(o),
                        String.valueOf(total.outcome(o))))
            .toList();
    return BarChart.of(
        "chart-outcomes",
        "Outcome of resolved requests, total",
        " requests",
        items,
        null,
        List.of());
  }

  private static BarChart exemptionsChart(List<ProvisionCount> exemptions) {
    List<BarChart.Item> items =
        exemptions.stream()
            .map(
                p ->
                    new BarChart.Item(
                        p.reference(), (double) p.requests(), String.valueOf(p.requests())))
            .toList();
    return BarChart.of(
        "chart-exemptions", "Requests citing each exemption", " requests", items, null, List.of());
  }

  private static BarChart reviewsChart(Figures total) {
    List<BarChart.Item> items = new ArrayList<>();
    items.add(
        new BarChart.Item(
            "Requested",
            (double) total.reviewsRequested(),
            String.valueOf(total.reviewsRequested())));
    for (ReviewOutcome o : ReviewOutcome.values()) {
      items.add(
          new BarChart.Item(
              StatuteLabels.label(o),
              (double) total.reviewOutcome(o),
              String.valueOf(total.reviewOutcome(o))));
    }
    return BarChart.of("chart-reviews", "Internal reviews, total", "", items, null, List.of());
  }

  /** Every figure on the page, as lines for the exports, in page order. */
  List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    List<String> outcomes = outcomeHeaders;
    List<String> reviewOutcomes = reviewHeaders();
    for (PeriodRow r : rows) {
      lines.add(new Line(T_TIMELINESS, r.label(), "Received", r.received(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "Resolved", r.resolved(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "Not yet resolved", r.open(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "Met deadline", r.metDeadline(), null));
      lines.add(
          new Line(T_TIMELINESS, r.label(), "Permitted extension", r.permittedExtension(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "In time", r.inTime(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "Late", r.late(), null));
      lines.add(
          new Line(T_TIMELINESS, r.label(), "Timeliness not known", r.timelinessNotKnown(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "Lapsed or withdrawn", r.lapsed(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "On hold", r.onHold(), null));
      lines.add(new Line(T_TIMELINESS, r.label(), "Open past deadline", r.openOverdue(), null));
      lines.add(
          new Line(T_TIMELINESS, r.label(), "Still pending, not yet due", r.stillPending(), null));
      lines.add(
          new Line(
              T_TIMELINESS,
              r.label(),
              "Percent in time",
              r.percent(),
              r.percent() == null ? "" : null));
      lines.add(
          new Line(
              T_TIMELINESS,
              r.label(),
              "ICO band",
              null,
              r.band() == null ? "" : StatuteLabels.label(r.band())));
    }
    for (PeriodRow r : rows) {
      lines.add(new Line(T_OUTCOMES, r.label(), "Resolved", r.resolved(), null));
      lines.add(new Line(T_OUTCOMES, r.label(), "Resolvable", r.resolvable(), null));
      for (int i = 0; i < outcomes.size(); i++) {
        lines.add(new Line(T_OUTCOMES, r.label(), outcomes.get(i), r.outcomes().get(i), null));
      }
    }
    for (ExemptionRow e : exemptions) {
      lines.add(new Line(T_EXEMPTIONS, "Total", e.reference(), e.requests(), null));
    }
    for (PeriodRow r : rows) {
      lines.add(new Line(T_REVIEWS, r.label(), "Requested", r.reviewsRequested(), null));
      lines.add(new Line(T_REVIEWS, r.label(), "Decided", r.reviewsDecided(), null));
      for (int i = 0; i < reviewOutcomes.size(); i++) {
        lines.add(
            new Line(T_REVIEWS, r.label(), reviewOutcomes.get(i), r.reviewOutcomes().get(i), null));
      }
      List<String> timeliness = reviewTimelinessHeaders();
      for (int i = 0; i < timeliness.size(); i++) {
        lines.add(
            new Line(T_REVIEWS, r.label(), timeliness.get(i), r.reviewTimeliness().get(i), null));
      }
    }
    return lines;
  }
}
