package uk.foitracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --import-dir}: a proposal file per letter read, a progress line each and a summary. */
class ImportDirectoryTest {
  @TempDir Path dir;

  @Test
  void readsEveryLetterAndSaysWhatItCouldNot() throws IOException {
    Files.writeString(
        dir.resolve("leicester.txt"), LetterFilesTest.letter(LetterFilesTest.LEICESTER));
    Files.write(
        dir.resolve("drupal.docx"),
        LetterFilesTest.docx(LetterFilesTest.letter(LetterFilesTest.DRUPAL)));
    Files.writeString(dir.resolve("not-a.pdf"), "Dear Sir");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    ObjectMapper json = new ObjectMapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        new ImportDirectory(json).run(dir, new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(1);
    assertThat(printed)
        .contains("[1/3] drupal.docx: FOIA, 11 questions")
        .contains("[2/3] leicester.txt: FOIA, 6 questions")
        .contains("[3/3] not-a.pdf: NOT READ: The file not-a.pdf is not a PDF")
        .contains("3 letters: 2 read, 1 not read");
    JsonNode p =
        json.readTree(dir.resolve("proposals").resolve("leicester.txt.proposal.json").toFile());
    assertThat(p.path("proposal").path("questions")).hasSize(6);
    assertThat(p.path("proposal").path("tables").isArray()).isTrue();
    assertThat(Files.readString(dir.resolve("proposals").resolve("summary.txt")))
        .contains("not-a.pdf: NOT READ");
  }
}
