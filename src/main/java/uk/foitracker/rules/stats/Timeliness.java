package uk.foitracker.rules.stats;

import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;

/**
 * How a resolved request met its time limit, in the columns of the government's FOI statistics:
 * "met deadline" (within 20 working days, FOIA s.10(1), EIR reg 5(2)), "permitted extension" (later
 * than that but within a lawful extension: FOIA s.10(3) public interest extension, EIR reg 7(1)
 * extension to 40 working days), and neither ("late"). "In time" is the first two together.
 * Clarification (s.1(3), s.10(6)) and unpaid fees (s.10(2)) are already allowed for by the clock.
 */
public enum Timeliness {
  MET_DEADLINE("Met deadline"),
  PERMITTED_EXTENSION("Permitted extension"),
  LATE("Late");

  /** The statutory time for compliance before any extension, in working days. */
  public static final int STATUTORY_WORKING_DAYS = 20;

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean inTime() {
    return this != LATE;
  }

  /**
   * The timeliness of a sent response from its clock, worked out as at the day it was sent.
   *
   * @throws IllegalArgumentException when the clock has not stopped with a response sent
   */
  public static Timeliness of(ClockResult clock) {
    if (clock.status() != ClockStatus.STOPPED_SENT) {
      throw new IllegalArgumentException("No response sent: " + clock.status());
    }
    if (clock.late()) {
      return LATE;
    }
    return clock.workingDaysUsed() <= STATUTORY_WORKING_DAYS ? MET_DEADLINE : PERMITTED_EXTENSION;
  }
}
