package uk.foitracker.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.foitracker.rules.DueDate;
import uk.foitracker.rules.NonWorkingDay;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;
import uk.foitracker.rules.WorkingDayCalendar;
import uk.foitracker.web.ValidationProblem;

/** The public deadline calculator: when is a response due, with the working shown. */
@ApplicationScoped
public class Deadlines {
  private final StatutoryClock clock = StatutoryClock.ukWide();

  /** Reads the regime a person chose; null or anything else is a clear error on {@code field}. */
  public static Regime regime(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ValidationProblem.of(field, "Select whether the request is under FOIA or the EIR");
    }
    try {
      return Regime.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of(field, "The regime must be FOIA or EIR");
    }
  }

  /** The due date for a request received on {@code received} (FOIA s.10(1), EIR reg 5(2)). */
  public DeadlineView calculate(String field, Regime regime, LocalDate received) {
    WorkingDayCalendar calendar = clock.calendar();
    DueDate due;
    try {
      due = StatutoryClock.due(regime, received);
    } catch (OutsideCalendarException e) {
      throw ValidationProblem.of(
          field,
          "We can only work out deadlines between 1 January "
              + calendar.firstYear()
              + " and 31 December "
              + calendar.lastYear()
              + ", the years our holiday calendar covers. Check the date the request was received");
    }
    Map<LocalDate, NonWorkingDay> skipped =
        due.skipped().stream().collect(Collectors.toMap(NonWorkingDay::date, Function.identity()));
    List<DeadlineView.WorkingDay> days = new ArrayList<>();
    int number = 0;
    for (LocalDate d = received.plusDays(1); !d.isAfter(due.due()); d = d.plusDays(1)) {
      NonWorkingDay off = skipped.get(d);
      days.add(
          off == null
              ? new DeadlineView.WorkingDay(d, ++number, null)
              : new DeadlineView.WorkingDay(d, null, off.reason()));
    }
    return new DeadlineView(
        due.received(),
        due.regime(),
        due.due(),
        due.workingDays(),
        due.dayOne(),
        due.skipped().stream().map(s -> new DeadlineView.SkippedDay(s.date(), s.reason())).toList(),
        days,
        due.calendar(),
        calendar.lastCheckedYear());
  }
}
