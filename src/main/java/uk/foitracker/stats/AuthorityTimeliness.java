package uk.foitracker.stats;

import java.math.BigDecimal;
import java.util.List;
import uk.foitracker.rules.stats.Figures;
import uk.foitracker.rules.stats.TimelinessBand;
import uk.foitracker.web.StatuteLabels;

/**
 * One authority's timeliness over every request it has received (s.45 Code of Practice, para 8.5),
 * for the comparison across authorities: requests received, answered, answered in time (within 20
 * working days or a permitted extension), late, open past the deadline, the percentage in time and
 * the ICO's band; {@code belowIcoThreshold} when fewer than 90% were answered in time, the ICO's
 * monitoring threshold ({@link TimelinessBand#belowMonitoringThreshold}). Counts only.
 *
 * @param percent null when nothing has been timed yet
 * @param band null when nothing has been timed yet
 */
record AuthorityTimeliness(
    String slug,
    String name,
    String kind,
    int received,
    int resolved,
    int inTime,
    int late,
    int openOverdue,
    BigDecimal percent,
    TimelinessBand band,
    boolean belowIcoThreshold) {

  /** An authority to compare: its id, slug, name and kind's label. */
  record Named(long id, String slug, String name, String kind) {}

  static AuthorityTimeliness of(Named a, Figures f) {
    BigDecimal percent = f.percentInTime().orElse(null);
    return new AuthorityTimeliness(
        a.slug(),
        a.name(),
        a.kind(),
        f.received(),
        f.resolved(),
        f.inTime(),
        f.late(),
        f.openOverdue(),
        percent,
        f.band().orElse(null),
        percent != null && TimelinessBand.belowMonitoringThreshold(percent));
  }

  /** "95.0%", or "No responses timed". */
  public String percentText() {
    return percent == null ? "No responses timed" : percent.toPlainString() + "%";
  }

  /** The ICO band's name, or "Not known" before anything is timed. */
  public String bandText() {
    return band == null ? "Not known" : StatuteLabels.label(band);
  }

  public String bandColour() {
    return band == null ? "grey" : StatuteLabels.colour(band);
  }

  /** How many authorities answered fewer than 90% in time. */
  static long belowThreshold(List<AuthorityTimeliness> rows) {
    return rows.stream().filter(AuthorityTimeliness::belowIcoThreshold).count();
  }

  /** The comparison as CSV columns. */
  static final List<String> CSV_HEADER =
      List.of(
          "authority_slug",
          "authority",
          "kind",
          "received",
          "responded_to",
          "in_time",
          "late",
          "open_past_deadline",
          "percentage_in_time",
          "ico_band",
          "below_ico_90_percent");

  List<String> csvRow() {
    return List.of(
        slug,
        name,
        kind,
        String.valueOf(received),
        String.valueOf(resolved),
        String.valueOf(inTime),
        String.valueOf(late),
        String.valueOf(openOverdue),
        percent == null ? "" : percent.toPlainString(),
        band == null ? "" : StatuteLabels.label(band),
        percent == null ? "" : String.valueOf(belowIcoThreshold));
  }
}
