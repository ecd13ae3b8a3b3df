package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.Outcome;

/** Identical tables, renamed terms and small numbers, case by case. */
class DataQualityRulesTest {

  static final List<String> COLS = List.of("A", "B");

  static QuestionFacts q(
      int n, String text, String answerKey, String answer, TableFacts... tables) {
    return new QuestionFacts(
        n, text, Outcome.PROVIDED_IN_FULL, answerKey, answer, List.of(tables), List.of());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                             | q1 text      | q2 text       | q2 answer | q2 second row | expected
          different questions, separate answers, same table  | at risk      | involved      | a2        | 3;4           | 1,2
          different questions, one shared answer             | at risk      | involved      | a1        | 3;4           | none
          same question twice                                | At risk?     | at risk       | a2        | 3;4           | none
          different questions, tables differ in one cell     | at risk      | involved      | a2        | 3;5           | none
          """)
  void identicalTables(
      String name, String t1, String t2, String key2, String row2, String expected) {
    String[] r = row2.split(";");
    TableFacts a = Facts.table("x", COLS, new long[] {1, 2}, new long[] {3, 4});
    TableFacts b =
        Facts.table(
            "y", COLS, new long[] {1, 2}, new long[] {Long.parseLong(r[0]), Long.parseLong(r[1])});
    ResponseFacts facts = Facts.response(List.of(q(1, t1, "a1", "", a), q(2, t2, key2, "", b)));
    List<Finding> findings = new IdenticalTables().check(facts);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.questionKey()).isEqualTo(expected);
                assertThat(f.provision()).isEqualTo("s.1(1)(b)");
              });
    }
  }

  @ParameterizedTest(name = "[{index}] asks ''{0}'', answers ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # question                                         | answer                                            | expected
          How many CSE and CCE cases?                        | There were 13 CSE cases and no CE cases.          | CCE>CE
          How many CSE and CCE cases?                        | There were 13 CSE cases and 4 CCE cases.          | none
          How many CSE and CCE cases?                        | 13 CSE cases; criminal exploitation not recorded. | none
          How many calls to the MASH helpline?               | We do not have a MASH in Leicester City.          | none
          How many calls to the MASH helpline?               | There were 40 calls to the MAS line.              | MASH>MAS
          How many EHCPs were issued?                        | 40 EHCP plans were issued.                        | none
          How many EHCPs were issued?                        | 40 EHC plans were issued.                         | EHCP>EHC
          How many SEND pupils?                              | 12 SEN pupils and 3 SENCOs.                       | SEND>SEN
          Please list the NHS trusts                         | The UK has many; see the ONS.                     | none
          What did the Council spend?                        | It spent £3m: see FOI 2021.                       | none
          How many LAC and CIN cases?                        | 30 LAC, 20 CIN, 5 CP.                             | none
          How many CCE cases?                                | None recorded as CE or as CSE.                    | CCE>CE,CSE
          """)
  void termRenamed(String question, String answer, String expected) {
    Map<String, List<String>> renamed = TermRenamed.renamed(question, answer);
    String actual =
        String.join(
            ";",
            renamed.entrySet().stream()
                .map(e -> e.getKey() + ">" + String.join(",", e.getValue()))
                .toList());
    assertThat(actual).isEqualTo(expected.equals("none") ? "" : expected);
  }

  @ParameterizedTest(name = "[{index}] acronyms of ''{0}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ‘child sex exploitation - CSE' and ‘Child Criminal Exploitation - CCE’ | CSE,CCE
          The Council's MASH and EHCPs, A and I, FOI-2021                       | MASH,EHCP,FOI
          Year 2024: 10-14yrs, Q4                                                 | ''
          """)
  void acronymsAreWholeCapitalisedTokens(String text, String expected) {
    assertThat(String.join(",", TermRenamed.acronyms(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] values {0}, threshold {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # values in one row | threshold | flagged
          10 13 20            | 5         | ''
          0 5 20              | 5         | ''
          1 4 20              | 5         | 1 4
          3 0 9               | 10        | 3 9
          3 2 1               | 1         | ''
          3 2 1               | 0         | ''
          """)
  void smallNumbers(String values, int threshold, String flagged) {
    long[] row = java.util.Arrays.stream(values.split(" ")).mapToLong(Long::parseLong).toArray();
    TableFacts counted = Facts.table("T", List.of("X", "Y", "Z"), row);
    TableFacts t =
        new TableFacts(
            counted.caption(), counted.columns(), counted.rows(), counted.totalColumns(), true);
    ResponseFacts base = Facts.response(List.of(q(1, "Q", "a1", "", t), q(2, "Q2", "a1", "")));
    ResponseFacts facts =
        new ResponseFacts(
            base.regime(),
            base.received(),
            true,
            base.sent(),
            List.of(),
            base.asOf(),
            base.questions(),
            base.cost(),
            threshold);
    List<Finding> findings = new SmallNumbers().check(facts);
    if (flagged.isEmpty()) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.questionNumbers())
                  .containsExactly(1, 2); // one shared answer, checked once
              assertThat(f.provision()).isEqualTo("s.40(2)");
              for (String v : flagged.split(" ")) {
                assertThat(f.message()).contains(": " + v);
              }
              assertThat(f.message()).contains("threshold of " + threshold);
            });
  }

  @ParameterizedTest(name = "[{index}] a suppressed cell is not a small number")
  @CsvSource({"<5", "*"})
  void suppressedCellsAreFine(String text) {
    TableFacts t =
        new TableFacts(
            "T",
            List.of("X"),
            List.of(
                new TableFacts.Row(
                    "2020", List.of(new TableFacts.Cell(CellState.SUPPRESSED, null, text)))));
    assertThat(new SmallNumbers().check(Facts.response(List.of(q(1, "Q", "a1", "", t))))).isEmpty();
  }
}
