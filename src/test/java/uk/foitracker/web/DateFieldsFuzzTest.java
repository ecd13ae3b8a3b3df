package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import uk.foitracker.clock.DeadlineView;
import uk.foitracker.clock.Deadlines;
import uk.foitracker.fuzz.Budget;
import uk.foitracker.rules.Regime;

/**
 * Fuzz tests of the dates people type, through to the public deadline calculator that reads them
 * ({@code /deadline} and {@code /api/deadline}): the day, month and year boxes ({@link DateFields},
 * {@link DateField}) and an ISO date. Each input may only give a date and its deadline, or the
 * {@link ValidationProblem} (or, for {@link DateField}, the error message) the code declares; the
 * two readers of the boxes must agree. Inputs are lines: day, month, year, regime.
 *
 * <p>Saved inputs: {@code src/test/resources/uk/foitracker/web/DateFieldsFuzzTestInputs/}.
 */
class DateFieldsFuzzTest {
  private static final Deadlines DEADLINES = new Deadlines();

  /** Runs each target once, so no input pays for loading the classes and holiday calendar. */
  @BeforeAll
  static void warmUp() {
    DateFieldsFuzzTest test = new DateFieldsFuzzTest();
    Budget.warmUp(
        () -> {
          test.boxes("12\n3\n2026\nFOIA".getBytes(StandardCharsets.UTF_8));
          test.boxes("31\n2\n2026\nEIR".getBytes(StandardCharsets.UTF_8));
          test.iso("2024-12-24\nEIR".getBytes(StandardCharsets.UTF_8));
          test.iso("2024-13-24\nEIR".getBytes(StandardCharsets.UTF_8));
        });
  }

  @FuzzTest
  void boxes(byte[] input) {
    String[] lines = lines(input);
    String day = line(lines, 0);
    String month = line(lines, 1);
    String year = line(lines, 2);
    String regime = line(lines, 3);
    Budget.check(
        () -> {
          DateField.Result typed = new DateField(day, month, year).parse("Date received", "Enter");
          LocalDate date;
          try {
            date = DateFields.fromBoxes("received", "Date received", day, month, year);
          } catch (ValidationProblem declared) {
            assertDeclared(declared, "received");
            assertThat(typed.date()).as("DateField read a date DateFields refused").isEmpty();
            assertThat(typed.error()).isNotBlank();
            return;
          }
          assertThat(typed.date()).as("DateField refused a date DateFields read").contains(date);
          // A date comes only from boxes of ASCII digits, the year with 4 of them.
          assertThat(day.strip()).matches("[0-9]+");
          assertThat(month.strip()).matches("[0-9]+");
          assertThat(year.strip()).matches("[0-9]{4}");
          assertThat(date.getYear()).isEqualTo(Integer.parseInt(year.strip()));
          deadline(date, regime);
        });
  }

  @FuzzTest
  void iso(byte[] input) {
    String[] lines = lines(input);
    String value = line(lines, 0);
    String regime = line(lines, 1);
    Budget.check(
        () -> {
          DateField field = DateField.iso(value);
          LocalDate date;
          try {
            date = DateFields.fromIso("received", "Date received", value);
          } catch (ValidationProblem declared) {
            assertDeclared(declared, "received");
            return;
          }
          assertThat(field.parse("Date received", "Enter").date()).contains(date);
          deadline(date, regime);
        });
  }

  /** The deadline page's answer for the date: a deadline after it, or a declared error. */
  private static void deadline(LocalDate received, String regimeText) {
    try {
      Regime regime = Deadlines.regime("regime", regimeText);
      DeadlineView view = DEADLINES.calculate("received", regime, received);
      assertThat(view.due()).isAfter(received);
      assertThat(view.days()).isNotEmpty();
    } catch (ValidationProblem declared) {
      assertThat(declared.errors())
          .allSatisfy(e -> assertThat(e.field()).isIn("received", "regime"));
    }
  }

  private static void assertDeclared(ValidationProblem problem, String field) {
    assertThat(problem.errors()).isNotEmpty();
    problem
        .errors()
        .forEach(
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.message()).isNotBlank();
            });
  }

  private static String[] lines(byte[] input) {
    return new String(input, StandardCharsets.UTF_8).split("\n", -1);
  }

  /** The line, or null when the input has fewer lines (a box the form did not send). */
  private static String line(String[] lines, int index) {
    return index < lines.length ? lines[index] : null;
  }
}
