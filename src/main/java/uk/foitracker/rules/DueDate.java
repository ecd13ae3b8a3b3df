package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer of the public deadline calculator: the 20th (or 40th) working day after receipt.
 *
 * @param regime FOIA or EIR
 * @param received the date of receipt
 * @param workingDays 20 (FOIA s.10(1), EIR reg 5(2)) or 40 (EIR reg 7(1))
 * @param dayOne the first working day after the date of receipt
 * @param due the last day for the response
 * @param skipped every non-working day between receipt and the due date, with its reason
 * @param calendar the name of the calendar used
 */
public record DueDate(
    Regime regime,
    LocalDate received,
    int workingDays,
    LocalDate dayOne,
    LocalDate due,
    List<NonWorkingDay> skipped,
    String calendar) {

  public DueDate {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(dayOne, "dayOne");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(calendar, "calendar");
    skipped = List.copyOf(skipped);
  }
}
