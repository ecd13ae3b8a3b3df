package uk.foitracker.rules.stats;

import java.math.BigDecimal;

/**
 * The Information Commissioner's bands for response rates, from the ICO's FOI self-assessment
 * toolkit, topic 1 "Timeliness", module "Response rates"
 * (ico.org.uk/for-organisations/foi/foi-self-assessment-toolkit/topic-1-timeliness/response-rates):
 * good, 95% or more of requests responded to within 20 working days; adequate, 90 to 95%;
 * unsatisfactory, fewer than 90%. The ICO also considers an authority for monitoring when it
 * appears to answer fewer than 85% in time ("How the ICO selects authorities for monitoring"). Here
 * 95% exactly is good and 90% exactly adequate; the rate counts permitted extensions as in time, as
 * the government's statistics do. Labels and tag colours are display: see {@code
 * uk.foitracker.web.StatuteLabels}.
 */
public enum TimelinessBand {
  GOOD,
  ADEQUATE,
  UNSATISFACTORY;

  static final BigDecimal GOOD_FROM = BigDecimal.valueOf(95);
  static final BigDecimal ADEQUATE_FROM = BigDecimal.valueOf(90);

  /** The band of a percentage answered in time (0 to 100, unrounded). */
  public static TimelinessBand of(BigDecimal percentInTime) {
    if (percentInTime.compareTo(GOOD_FROM) >= 0) {
      return GOOD;
    }
    return percentInTime.compareTo(ADEQUATE_FROM) >= 0 ? ADEQUATE : UNSATISFACTORY;
  }
}
