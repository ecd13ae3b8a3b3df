package uk.foitracker.rules.stats;

import java.math.BigDecimal;

/**
 * The Information Commissioner's bands for response rates, from the ICO's FOI self-assessment
 * toolkit, topic 1 "Timeliness", module "Response rates"
 * (ico.org.uk/for-organisations/foi/foi-self-assessment-toolkit/topic-1-timeliness/response-rates):
 * good, 95% or more of requests responded to within 20 working days; adequate, 90 to 95%;
 * unsatisfactory, fewer than 90%. The ICO's monitoring threshold was once 85% ("How the ICO selects
 * authorities for monitoring"); it raised it to 90% answered within the statutory time (the minutes
 * of its senior management team of 21 November 2017, reported at
 * foi.directory/public-bodies-will-have-to-answer-more-foi-requests-on-time; under its "insight and
 * compliance" approach from 2018, authorities not answering at least 90% of requests on time were
 * asked to meet that standard: cfoi.org.uk/2020/09/ico-refuses-to-identify-underperforming-
 * authorities). {@link #belowMonitoringThreshold} applies it. Here 95% exactly is good and 90%
 * exactly adequate; the rate counts permitted extensions as in time, as the government's statistics
 * do. Labels and tag colours are display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum TimelinessBand {
  GOOD,
  ADEQUATE,
  UNSATISFACTORY;

  static final BigDecimal GOOD_FROM = BigDecimal.valueOf(95);
  static final BigDecimal ADEQUATE_FROM = BigDecimal.valueOf(90);

  /** The ICO's monitoring threshold: 90% of requests answered within the statutory time. */
  public static final BigDecimal ICO_MONITORING_THRESHOLD = BigDecimal.valueOf(90);

  /** Whether a rate answered in time is below the ICO's monitoring threshold (under 90%). */
  public static boolean belowMonitoringThreshold(BigDecimal percentInTime) {
    return percentInTime.compareTo(ICO_MONITORING_THRESHOLD) < 0;
  }

  /** The band of a percentage answered in time (0 to 100, unrounded). */
  public static TimelinessBand of(BigDecimal percentInTime) {
    if (percentInTime.compareTo(GOOD_FROM) >= 0) {
      return GOOD;
    }
    return percentInTime.compareTo(ADEQUATE_FROM) >= 0 ? ADEQUATE : UNSATISFACTORY;
  }
}
