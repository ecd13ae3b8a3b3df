package uk.foitracker.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The command-line import ({@code --import-dir DIR}): reads every .txt, .docx and .pdf in a folder
 * and writes, in {@code DIR/proposals/}, one proposal per letter ({@code NAME.proposal.json}, the
 * shape {@code POST /api/imports} gives) and {@code summary.txt}, what was read and what could not
 * be, for officers to check and confirm (through {@code POST /api/imports} or the import page).
 * Nothing is saved in the database.
 */
@ApplicationScoped
public class ImportDirectory {
  /** One letter's proposal as written to its file. */
  public record Written(
      String file,
      ImportProposal proposal,
      List<Proposals.Mark> marks,
      List<String> check,
      List<String> unread) {}

  private final ObjectMapper json;

  ImportDirectory(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Imports the folder, printing a line per file and a summary to {@code out}.
   *
   * @return 0 when every letter was read, 1 when some were not, 2 when the folder cannot be read
   */
  public int run(Path dir, PrintStream out) {
    if (!Files.isDirectory(dir)) {
      out.println("Not a folder: " + dir);
      return 2;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String n = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
                    return n.endsWith(".txt") || n.endsWith(".docx") || n.endsWith(".pdf");
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      out.println("Cannot read the folder " + dir + ": " + e.getMessage());
      return 2;
    }
    Path target = dir.resolve("proposals");
    List<String> summary = new ArrayList<>();
    int read = 0;
    int failed = 0;
    try {
      Files.createDirectories(target);
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        String name = String.valueOf(f.getFileName());
        String line;
        try {
          String text = LetterFiles.text(name, Files.readAllBytes(f));
          Proposals.Reading r = Imports.read(text);
          json.writerWithDefaultPrettyPrinter()
              .writeValue(
                  target.resolve(name + ".proposal.json").toFile(),
                  new Written(name, r.proposal(), r.marks(), r.check(), r.unread()));
          ImportProposal p = r.proposal();
          line =
              String.format(
                  "%s: %s, %d questions, %d citations, %d cost lines, %d references%s%s",
                  name,
                  p.regime(),
                  p.questions().size(),
                  p.citations().size(),
                  p.costs().size(),
                  p.references().size(),
                  r.check().isEmpty() ? "" : "; check: " + String.join(", ", r.check()),
                  r.unread().isEmpty() ? "" : "; not read: " + String.join(", ", r.unread()));
          read++;
        } catch (ValidationProblem e) {
          line =
              name
                  + ": NOT READ: "
                  + String.join("; ", e.errors().stream().map(FieldError::message).toList());
          failed++;
        }
        out.printf("[%d/%d] %s%n", i + 1, files.size(), line);
        summary.add(line);
      }
      String totals =
          String.format(
              "%d letters: %d read, %d not read. Proposals in %s",
              files.size(), read, failed, target);
      summary.add("");
      summary.add(totals);
      Files.writeString(
          target.resolve("summary.txt"), String.join("\n", summary) + "\n", StandardCharsets.UTF_8);
      out.println(totals);
    } catch (IOException e) {
      out.println("Cannot write the proposals in " + target + ": " + e.getMessage());
      return 2;
    }
    return failed == 0 ? 0 : 1;
  }
}
