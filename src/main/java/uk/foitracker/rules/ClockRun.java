package uk.foitracker.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one run of {@link StatutoryClock} gathers as it goes through its phases: the problems that
 * stop the events becoming a clock, the warnings and notes of the result (in the order the phases
 * add them), and at the end the result itself.
 */
final class ClockRun {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  final List<ClockProblem> problems = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  ClockResult result;

  void problem(int index, String message) {
    problems.add(new ClockProblem(index, message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** A day as the messages write it, e.g. "Tuesday 2 May 2023". */
  static String format(LocalDate date) {
    return DAY.format(date);
  }

  static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * FOIA s.9(2): the authority need not comply "unless the fee is paid within the period of three
   * months beginning with the day on which the fees notice is given". That period ends the day
   * before the same date three months on.
   */
  void checkFeeTime(Regime regime, LocalDate notice, LocalDate paidOrToday, boolean paid) {
    if (regime != Regime.FOIA || paidOrToday.isBefore(notice.plusMonths(3))) {
      return;
    }
    warnings.add(
        paid
            ? "The fee was received on "
                + format(paidOrToday)
                + ", more than three months after the fees notice of "
                + format(notice)
                + "; FOIA s.9(2) no longer obliged the authority to comply."
            : "The fee for the fees notice of "
                + format(notice)
                + " has not been paid within three months; FOIA s.9(2) no longer obliges the"
                + " authority to comply.");
  }
}
