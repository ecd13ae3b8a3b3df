package uk.foitracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** F8: formula cells never reach a downloaded CSV as formulas (OWASP CSV injection). */
class CsvCellsTest {

  @Test
  void cellsThatASpreadsheetWouldEvaluateAreQuoted() {
    assertThat(CsvCells.safe("=HYPERLINK(\"http://x.example\",\"Click\")"))
        .isEqualTo("'=HYPERLINK(\"http://x.example\",\"Click\")");
    assertThat(CsvCells.safe("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
    assertThat(CsvCells.safe("-1+1")).isEqualTo("'-1+1");
    assertThat(CsvCells.safe("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
    assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void ordinaryTextAndPlainNumbersAreLeftAlone() {
    assertThat(CsvCells.safe("Children's services")).isEqualTo("Children's services");
    assertThat(CsvCells.safe("18201")).isEqualTo("18201");
    assertThat(CsvCells.safe("-5")).isEqualTo("-5");
    assertThat(CsvCells.safe("-12.5")).isEqualTo("-12.5");
    assertThat(CsvCells.safe("-")).isEqualTo("-");
    assertThat(CsvCells.safe("")).isEqualTo("");
    assertThat(CsvCells.safe(null)).isNull();
  }

  /**
   * Every CSV written for download prints through {@link CsvCells}: no other class calls {@code
   * printRecord}. (ComposeForms writes tab-separated text into the officer's own table textarea,
   * read back by the table import; it is not a download.)
   */
  @Test
  void noCsvWriterBypassesTheNeutraliser() throws IOException {
    List<String> allowed = List.of("CsvCells.java", "ComposeForms.java");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<Path> bypassing =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !allowed.contains(p.getFileName().toString()))
              .filter(p -> read(p).contains(".printRecord("))
              .toList();
      assertThat(bypassing).isEmpty();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
