package uk.foitracker.clock;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;

/**
 * A deadline with its working: every day from receipt to the due date, counted or skipped and why.
 * Also the JSON of {@code GET /api/deadline}.
 */
public record DeadlineView(
    LocalDate received,
    Regime regime,
    LocalDate due,
    int workingDays,
    LocalDate dayOne,
    List<SkippedDay> skipped,
    List<WorkingDay> days,
    String calendar,
    int calendarLastCheckedYear) {

  public record SkippedDay(LocalDate date, String reason) {
    public String dateText() {
      return Dates.withDay(date);
    }
  }

  /** One calendar day after receipt: its working-day number, or the reason it does not count. */
  public record WorkingDay(LocalDate date, Integer number, String reason) {
    public String dateText() {
      return Dates.withDay(date);
    }

    public boolean counted() {
      return number != null;
    }
  }

  public String receivedText() {
    return Dates.withDay(received);
  }

  public String dueText() {
    return Dates.withDay(due);
  }

  public String dayOneText() {
    return Dates.withDay(dayOne);
  }

  public String regimeTitle() {
    return regime.title();
  }
}
