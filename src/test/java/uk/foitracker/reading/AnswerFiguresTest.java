package uk.foitracker.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.checks.TableFacts;

/**
 * The light reading of an answer's figures: rows of a label and figures, tables one cell a line,
 * suppressed cells, and whether the question counts people. Rows from the corpus (Sheffield's
 * fostering 20, s.47 22, autism 19; Leicester 09).
 */
class AnswerFiguresTest {

  @Test
  void rowsOfALabelAndItsFigures() {
    String answer =
        """
        Ethnicity Total YP
        A1 - White British 121
        D1 - Black or Black British Caribbean 1
        E1 - Chinese <5
        PRU 5 4 1
        """;
    List<TableFacts> tables =
        AnswerFigures.read(
            answer,
            "Of all individual children placed, please break down the" + " numbers by ethnicity");
    assertThat(tables).singleElement().satisfies(t -> assertThat(t.countsPeople()).isTrue());
    TableFacts t = tables.get(0);
    assertThat(t.rows())
        .extracting(TableFacts.Row::header)
        .containsExactly(
            "A1 - White British", "D1 - Black or Black British Caribbean", "E1 - Chinese", "PRU");
    assertThat(t.rows().get(1).cells().get(0).value()).isEqualTo(1L);
    assertThat(t.rows().get(2).cells().get(0).kind()).isEqualTo(CellState.SUPPRESSED);
    assertThat(t.rows().get(3).cells()).hasSize(3);
  }

  @Test
  void aTableOneCellALine() {
    String answer = "CSE\nAge\n10-14\n2015\n19\n20\n-\n-\n2016\n53\n105\n-\n-\n";
    assertThat(AnswerFigures.read(answer, "how many people were at risk"))
        .singleElement()
        .satisfies(t -> assertThat(t.rows().get(0).cells()).hasSizeGreaterThanOrEqualTo(8));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' counts people: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          How many 17 year olds were placed on CIN plans in the last 12 months  | true
          How many crimes were recorded at each hospital                        | false
          The number of houses that have 2 residents permits issued             | false
          How many qualified social workers were working on a permanent basis   | false
          How many children were placed in foster care                          | true
          """)
  void countsPeopleOnlyWhenTheQuestionCountsThem(String question, boolean people) {
    String answer = "Row one 1\nRow two 2\nRow three 3\n";
    assertThat(AnswerFigures.read(answer, question))
        .singleElement()
        .satisfies(t -> assertThat(t.countsPeople()).isEqualTo(people));
  }

  @Test
  void proseIsNotATable() {
    String answer =
        "We received your request on\n04/10/2023 and the limit is\n18 hours which equals the\n"
            + "cost of £450 in total.\n";
    assertThat(AnswerFigures.read(answer, "How many children")).isEmpty();
  }
}
