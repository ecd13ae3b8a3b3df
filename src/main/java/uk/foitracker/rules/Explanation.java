package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a due date was counted, day by day, so a page can show "Day 1: Tuesday 2 May 2023 ... skipped
 * Monday 8 May 2023: Bank holiday for the coronation of King Charles III".
 *
 * @param countedAfter the date of receipt as FOIA s.10(6) defines it (the day the request or, if
 *     later, the clarification was received); counting starts the day after
 * @param dayOne the first counted working day
 * @param days every day from the day after {@code countedAfter} to the last day counted, in order
 * @param notes what else moved the clock, in order (restarts, pauses, extensions)
 */
public record Explanation(
    LocalDate countedAfter, LocalDate dayOne, List<Day> days, List<String> notes) {

  public Explanation {
    Objects.requireNonNull(countedAfter, "countedAfter");
    Objects.requireNonNull(dayOne, "dayOne");
    days = List.copyOf(days);
    notes = List.copyOf(notes);
  }

  /** One day of the count. */
  public sealed interface Day {
    LocalDate date();
  }

  /** A working day that counts; {@code number} 1 is day 1. */
  public record Counted(int number, LocalDate date) implements Day {}

  /** A day that does not count, and why (a non-working day, or a disregarded fee period). */
  public record Skipped(LocalDate date, String reason) implements Day {}

  /** The counted days only. */
  public List<Counted> counted() {
    return days.stream().filter(Counted.class::isInstance).map(Counted.class::cast).toList();
  }

  /** The skipped days only. */
  public List<Skipped> skipped() {
    return days.stream().filter(Skipped.class::isInstance).map(Skipped.class::cast).toList();
  }
}
