package uk.foitracker.compose;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableGrids;
import uk.foitracker.compose.ResponseInputs.CostLineInput;
import uk.foitracker.internalreview.ReviewDecisionInput;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/** Reads the compose page's form fields: dates, question numbers, paragraphs, cost lines. */
final class ComposeForms {
  private ComposeForms() {}

  static LocalDate date(
      String day, String month, String year, String field, String name, String missing) {
    DateField.Result r = new DateField(day, month, year).parse(name, missing);
    if (r.error() != null) {
      throw ValidationProblem.of(field, r.error());
    }
    return r.date().get();
  }

  static Map<String, List<String>> typed(String field, String value) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(field, value == null ? List.of() : List.of(value));
    return m;
  }

  static Map<String, List<String>> dateTyped(String field, String day, String month, String year) {
    Map<String, List<String>> m = typed(field + "-day", day);
    m.putAll(typed(field + "-month", month));
    m.putAll(typed(field + "-year", year));
    return m;
  }

  static List<Integer> numbers(List<String> values, String field) {
    List<Integer> out = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      try {
        out.add(Integer.valueOf(v.strip()));
      } catch (NumberFormatException e) {
        throw ValidationProblem.of(field, "Choose questions from the list");
      }
    }
    return out;
  }

  /** The answer box: paragraphs are separated by a blank line. */
  static List<String> paragraphs(String text) {
    return text == null ? List.of() : List.of(text.replace("\r\n", "\n").split("\\n\\s*\\n"));
  }

  /**
   * The officer's layout of a table as typed on the page or sent to the API: what blank cells and
   * "-" mean (null when not given), which rows and columns are totals (null to find them by their
   * labels), and the note. A choice that does not read is a field error.
   */
  static TableDraft.Layout tableLayout(
      String caption,
      int headerRows,
      boolean notHeldConfirmed,
      String blankMeans,
      String dashMeans,
      Set<Integer> totalRows,
      Set<String> totalColumns,
      String note) {
    return tableLayout(
        caption,
        headerRows,
        notHeldConfirmed,
        blankMeans,
        dashMeans,
        totalRows,
        totalColumns,
        note,
        false);
  }

  /** The layout of a table the officer marked (or not) as counting people. */
  static TableDraft.Layout tableLayout(
      String caption,
      int headerRows,
      boolean notHeldConfirmed,
      String blankMeans,
      String dashMeans,
      Set<Integer> totalRows,
      Set<String> totalColumns,
      String note,
      boolean countsPeople) {
    return new TableDraft.Layout(
        caption,
        headerRows,
        notHeldConfirmed,
        meaning(blankMeans, "blankMeans"),
        meaning(dashMeans, "dashMeans"),
        totalRows,
        totalColumns,
        note,
        countsPeople);
  }

  private static BlankMeaning meaning(String typed, String field) {
    BlankMeaning m = BlankMeaning.of(typed);
    if (m == null && typed != null && !typed.isBlank()) {
      throw ValidationProblem.of(
          field, "Choose what it means: NOT_STATED, ZERO, NOT_HELD or NOT_APPLICABLE");
    }
    return m;
  }

  static int headerRowsOf(String value) {
    try {
      return value == null ? 1 : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return -1; // refused by TableDraft with the message
    }
  }

  /** A grid as tab-separated cells, quoted where needed, to carry an uploaded file's cells. */
  static String tabSeparated(List<List<String>> grid) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator("\n").get())) {
      for (List<String> row : grid) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static int size(List<String> l) {
    return l == null ? 0 : l.size();
  }

  private static String at(List<String> l, int i) {
    return l == null || i >= l.size() || l.get(i) == null ? "" : l.get(i);
  }

  /** The cost lines typed, in order, each put in {@code typed}; blank lines are dropped. */
  static List<String[]> costRows(
      List<String> activity,
      List<String> basis,
      List<String> minutes,
      List<String> units,
      List<String> minutesEachMin,
      List<String> minutesEachMax,
      Map<String, List<String>> typed) {
    int count =
        Math.max(
            Math.max(size(activity), Math.max(size(basis), size(minutes))),
            Math.max(size(units), Math.max(size(minutesEachMin), size(minutesEachMax))));
    List<String[]> kept = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] line = {
        at(activity, i),
        at(basis, i),
        at(minutes, i),
        at(units, i),
        at(minutesEachMin, i),
        at(minutesEachMax, i)
      };
      if (Arrays.stream(line).anyMatch(v -> !v.isBlank())) {
        kept.add(line);
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      for (int f = 0; f < COST_FIELDS.size(); f++) {
        typed.put("lines[" + i + "]." + COST_FIELDS.get(f), List.of(kept.get(i)[f]));
      }
    }
    return kept;
  }

  /** The fields of a cost line, in the order of {@link #costRows}'s arrays. */
  static final List<String> COST_FIELDS =
      List.of("activity", "basis", "minutes", "units", "minutesEachMin", "minutesEachMax");

  /** The cost lines as the service reads them; refused when the minutes are not a number. */
  static List<CostLineInput> costLines(List<String[]> kept) {
    List<FieldError> errors = new ArrayList<>();
    List<CostLineInput> lines = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      String[] l = kept.get(i);
      boolean perUnit = !l[4].isBlank() || !l[5].isBlank() || !l[3].isBlank() && l[2].isBlank();
      if (perUnit) {
        Integer units =
            whole(
                l[3], i, "units", "Enter the number of units as a whole number, like 2000", errors);
        Integer min =
            whole(
                l[4],
                i,
                "minutesEachMin",
                "Enter the minutes for each unit as a whole number, like 2",
                errors);
        Integer max =
            whole(
                l[5],
                i,
                "minutesEachMax",
                "Enter the most minutes for each unit as a whole number, like 5",
                errors);
        if (min == null && max == null && !errors.isEmpty()) {
          lines.add(new CostLineInput(l[0], l[1], null, units, null, null));
          continue;
        }
        if (min == null && max == null) {
          errors.add(
              new FieldError(
                  "lines[" + i + "].minutesEachMin",
                  "Enter the minutes for each unit, or the line's minutes in total"));
        }
        lines.add(new CostLineInput(l[0], l[1], null, units, min, max));
        continue;
      }
      Integer m = null;
      try {
        m = Integer.valueOf(l[2].strip());
      } catch (NumberFormatException e) {
        errors.add(
            new FieldError(
                "lines[" + i + "].minutes", "Enter the minutes as a whole number, like 90"));
      }
      // units with the line's minutes in total, and no minutes for each unit
      Integer units =
          whole(l[3], i, "units", "Enter the number of units as a whole number, like 2000", errors);
      lines.add(new CostLineInput(l[0], l[1], m, units, null, null));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return lines;
  }

  /** A whole number typed in a cost line's field; null when blank or refused (added to errors). */
  private static Integer whole(
      String typed, int line, String field, String message, List<FieldError> errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      errors.add(new FieldError("lines[" + line + "]." + field, message));
      return null;
    }
  }

  /** The hours the authority stated, like 20.5; null when blank. */
  static BigDecimal statedHours(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(typed.strip());
    } catch (NumberFormatException e) {
      throw ValidationProblem.of(
          "statedHours", "Enter the hours the response states as a number, like 20.5");
    }
  }

  /** A table's cells and the text to show in the cells box. */
  record Grid(List<List<String>> cells, String shown) {}

  /**
   * The table's cells: from the uploaded CSV or XLSX file when there is one (shown in the cells box
   * as tab-separated text, so the next step carries them), else from the pasted cells.
   */
  static Grid grid(FileUpload file, String pasted) {
    if (file != null && file.fileName() != null && !file.fileName().isBlank() && file.size() > 0) {
      if (file.size() > TableGrids.MAX_FILE_BYTES) {
        throw ValidationProblem.of("file", "The file is too large: at most 1 MB");
      }
      try {
        List<List<String>> grid =
            TableUploads.grid(file.fileName(), Files.readAllBytes(file.uploadedFile()));
        return new Grid(grid, tabSeparated(grid));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Grid(TableGrids.fromPaste(pasted), pasted == null ? "" : pasted);
  }

  /**
   * The version of the request the officer's page showed (a hidden field of every form), checked by
   * the service so that two officers composing one response cannot overwrite each other; none when
   * a client posts without it.
   */
  static Long version(String version) {
    if (version == null || version.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      throw ValidationProblem.of(
          "version", "The form is out of date: reload the page and try again.");
    }
  }

  /**
   * A review's decision per question from the form: a question number and an outcome, repeated in
   * order; a question left without an outcome is not decided. What was chosen goes into typed.
   */
  static List<ReviewDecisionInput.QuestionDecision> reviewDecisions(
      List<String> numbers, List<String> outcomes, Map<String, List<String>> typed) {
    List<ReviewDecisionInput.QuestionDecision> out = new ArrayList<>();
    List<String> ns = numbers == null ? List.of() : numbers;
    List<String> os = outcomes == null ? List.of() : outcomes;
    for (int i = 0; i < ns.size(); i++) {
      String o = i < os.size() ? os.get(i) : null;
      typed.put("decision-" + ns.get(i), o == null ? List.of() : List.of(o));
      if (o == null || o.isBlank()) {
        continue;
      }
      Integer n;
      try {
        n = Integer.valueOf(ns.get(i).strip());
      } catch (NumberFormatException e) {
        throw ValidationProblem.of("questions", "Choose questions from the list");
      }
      out.add(new ReviewDecisionInput.QuestionDecision(n, o));
    }
    return out;
  }
}
