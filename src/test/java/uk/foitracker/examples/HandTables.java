package uk.foitracker.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.examples.Example.BlankMeaning;
import uk.foitracker.examples.Example.Table;

/**
 * The tables of the hand transcriptions, for tests outside this package (the table reader's): every
 * cell as written with the state it is expected to be read with.
 */
public final class HandTables {
  private HandTables() {}

  /** A table written by hand: columns (a group first when there is one), rows, total rows. */
  public record HandTable(String caption, List<List<String>> columns, List<HandRow> rows) {}

  /** A row: its label, each cell's text and state, and whether it is a total. */
  public record HandRow(String label, List<String> cells, List<String> states, boolean total) {}

  /** A letter's file name and its tables in the order of the letter. */
  public record HandLetter(String file, List<HandTable> tables) {}

  public static List<HandLetter> examples() {
    List<HandLetter> letters = new ArrayList<>();
    for (Example e : Examples.all()) {
      List<HandTable> tables = new ArrayList<>();
      for (Example.Answer a : e.answers()) {
        for (Table t : a.tables()) {
          List<HandRow> rows = new ArrayList<>();
          for (Example.Row r : t.rows()) {
            rows.add(
                new HandRow(
                    r.label(),
                    r.cells(),
                    r.cells().stream().map(c -> state(c, t.blank())).toList(),
                    r.total()));
          }
          tables.add(
              new HandTable(t.caption(), t.columns().stream().map(c -> List.of(c)).toList(), rows));
        }
      }
      letters.add(new HandLetter(e.file(), tables));
    }
    return letters;
  }

  /**
   * The state a cell is to be read with: a blank or "-" is zero where the transcriber found the
   * table's totals add up only so, and otherwise blank (not stated).
   */
  public static String state(String cell, BlankMeaning blank) {
    String s = cell.strip();
    if (s.isEmpty() || s.equals("-") || s.equals("–")) {
      return blank == BlankMeaning.ZERO ? "ZERO" : "BLANK";
    }
    if (s.startsWith("<") || s.equals("*") || s.equalsIgnoreCase("[c]")) {
      return "SUPPRESSED";
    }
    if (s.replace(",", "").chars().allMatch(c -> c == '0')) {
      return "ZERO";
    }
    return "VALUE";
  }

  /** Leicester's tables from the seed's data file; its "-" cells are read as not held there. */
  public static List<HandTable> leicester() throws IOException {
    JsonNode doc =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    Path.of("src/main/resources/seed/leicester-cse-cce-2015-2024.json")));
    List<HandTable> tables = new ArrayList<>();
    for (JsonNode a : doc.get("answers")) {
      for (JsonNode t : a.get("tables")) {
        List<List<String>> columns = new ArrayList<>();
        for (JsonNode c : t.get("columns")) {
          List<String> levels = new ArrayList<>();
          if (c.hasNonNull("group")) {
            levels.add(c.get("group").asText());
          }
          levels.add(c.get("label").asText());
          columns.add(levels);
        }
        List<HandRow> rows = new ArrayList<>();
        for (JsonNode r : t.get("rows")) {
          List<String> cells = new ArrayList<>();
          r.get("cells").forEach(c -> cells.add(c.asText()));
          List<String> states =
              cells.stream()
                  .map(c -> c.equals("-") ? "NOT_HELD" : HandTables.state(c, null))
                  .toList();
          rows.add(new HandRow(r.get("header").asText(), cells, states, false));
        }
        tables.add(new HandTable(t.get("caption").asText(), columns, rows));
      }
    }
    return tables;
  }
}
