package uk.foitracker.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;

/**
 * What the answer gives against what was asked (s.1(1)(b)): the period, figures withheld with no
 * exemption (s.17(1)), and an NCND for information said to be published (s.1(1)(a), s.21). Table
 * shapes from the examples: Durham's "Hospital Name / Financial Year 2019/20 ... 2023/24",
 * Cumbria's "Financial Year", Leicester's rows 2015 to 2024.
 */
class DataLawyerRulesTest {

  static QuestionFacts answered(String question, String answer, List<String> rowHeaders) {
    List<TableFacts.Row> rows = new ArrayList<>();
    for (String h : rowHeaders) {
      rows.add(new TableFacts.Row(h, List.of(TableFacts.Cell.of(12))));
    }
    TableFacts table = new TableFacts("Crimes recorded", List.of("Crimes"), rows);
    return new QuestionFacts(
        1, question, Outcome.PROVIDED_IN_FULL, "a1", answer, List.of(table), List.of());
  }

  @ParameterizedTest(name = "[{index}] asks ''{0}'', rows {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # question                                                                       | row headers                                  | answer                                      | expected
          How many crimes were recorded at each hospital in financial years 2019/20 to 2023/24? | 2019/20,2020/21,2021/22,2022/23,2023/24 | Please see the table.                       | none
          How many crimes were recorded at each hospital in financial years 2019/20 to 2023/24? | 2019,2020,2021,2022,2023                | Please see the table.                       | The question asks for financial years, but the answer gives calendar years (2019 to 2023).
          How many crimes were recorded in each financial year since 2019?                | 2019,2020,2021                               | Figures are by calendar year.               | none
          How many crimes were recorded in each calendar year 2019 to 2023?               | 2019/20,2020/21,2021/22,2022/23,2023/24      | Please see the table.                       | The question asks for calendar years, but the answer gives financial years (2019/20 to 2023/24).
          How many children were at risk of exploitation each year from 2015-2024?        | 2018,2019,2020,2021,2022,2023,2024           | Please see the table.                       | The question asks for 2015 to 2024, but the answer covers only 2018 to 2024, and does not say why the other years are missing.
          How many children were at risk of exploitation each year from 2015-2024?        | 2018,2019,2020,2021,2022,2023,2024           | Data was not recorded prior to 2018.        | none
          How many children were at risk of exploitation each year from 2015-2024?        | 2018,2019,2020,2021,2022,2023,2024           | For 2015 to 2017 please see our website.    | none
          How many children were at risk of exploitation each year between 2015 and 2024?| 2015,2016,2017,2018,2019,2020,2021,2022,2023,2024 | Please see the table.                  | none
          How many fines were issued since 2016?                                          | 2019,2020,2021                               | Please see the table.                       | The question asks for the years since 2016, but the answer covers only 2019 to 2021, and does not say why the other years are missing.
          # Leicester: the period is in the preamble, the question names no year
          For each year in the period, how many people have been considered to be at risk? | 2015,2016,2017                              | Please see the table.                       | none
          How many calls were made in 2023?                                               | 2023                                         | Please see the table.                       | none
          How many calls did the MASH receive in the years 2015-2016?                     | 2015,2016                                    | Please see the table.                       | none
          """)
  void periodMismatch(String question, String rows, String answer, String expected) {
    ResponseFacts facts =
        Facts.response(List.of(answered(question, answer, List.of(rows.split(",")))));
    List<Finding> findings = new PeriodMismatch().check(facts);
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
      return;
    }
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("PERIOD_MISMATCH");
              assertThat(f.provision()).isEqualTo("s.1(1)(b)");
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message()).isEqualTo(expected);
            });
  }

  /**
   * s.1(1)(b): a rolling period ("over the past twelve months") is the window before the request;
   * an answer for a financial year ending months earlier, or for an eighteen-month span, gives
   * figures for another period. Sheffield's evictions answer (request of 7 October 2019).
   */
  @ParameterizedTest(name = "[{index}] asks ''{0}'', received {1}, answer ''{2}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # question                                                     | received   | answer                                                  | expected
          Over the past twelve months, how many people have been evicted? | 2019-10-07 | Total evictions for 2018/19 = 219                       | The question asks about the 12 months before the request, but the answer gives figures for 2018-04 to 2019-03.
          Over the past twelve months, how many tenants had property stored? | 2019-10-07 | From Apr 18 to Sept 19 we have stored 20 lots.        | The question asks about the 12 months before the request, but the answer gives figures for 2018-04 to 2019-09.
          Over the past twelve months, how many people have been evicted? | 2019-05-02 | Total evictions for 2018/19 = 219                       | none
          In the last 12 months how many complaints were made?           | 2019-10-07 | From October 2018 to September 2019 there were 12.     | none
          Over the past twelve months, how many people have been evicted? | 2019-10-07 | 219 people were evicted.                                | none
          Over the past twelve months, how many people have been evicted? | 2019-10-07 | We only hold figures for 2018/19: 219.                  | none
          How many people were evicted in 2018/19?                       | 2019-10-07 | Total evictions for 2018/19 = 219                       | none
          """)
  void rollingPeriod(String question, String received, String answer, String expected) {
    QuestionFacts q =
        new QuestionFacts(
            1, question, Outcome.PROVIDED_IN_FULL, "a1", answer, List.of(), List.of());
    String found = PeriodMismatch.rollingMismatch(q, LocalDate.parse(received));
    assertThat(found == null ? "none" : found).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] cell ''{0}'' ({1}), answer ''{2}'', exemption {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # cell text | cell state | answer                                                      | exemption | found
          <5          | SUPPRESSED | Please see the table.                                       | none      | true
          [c]         | SUPPRESSED | Please see the table.                                       | none      | true
          <5          | SUPPRESSED | Figures below 5 are withheld under section 40(2).           | s40       | false
          # a letter read as text: the exemption named in its words, not recorded as a citation
          <5          | SUPPRESSED | Figures below 5 are withheld under section 40(2).           | none      | false
          *           | SUPPRESSED | Some figures are withheld under regulation 13.              | none      | false
          4           | VALUE      | In 2023 there were fewer than 5 complaints.                 | none      | true
          4           | VALUE      | Small numbers have been suppressed to protect individuals.  | none      | true
          4           | VALUE      | The request took fewer than 5 working days.                 | none      | false
          4           | VALUE      | Please see the table.                                       | none      | false
          -           | NOT_HELD   | The figures for 2015 are not held.                          | none      | false
          """)
  void withheldNeedsAnExemption(
      String text, CellState state, String answer, String exemption, boolean found) {
    TableFacts table =
        new TableFacts(
            "Complaints by year",
            List.of("Complaints"),
            List.of(
                new TableFacts.Row(
                    "2023",
                    List.of(
                        new TableFacts.Cell(state, state == CellState.VALUE ? 4L : null, text)))));
    List<CitationFacts> citations =
        exemption.equals("none")
            ? List.of()
            : List.of(
                Facts.cite(
                    "FOIA-40-2",
                    "s.40(2)",
                    ProvisionKind.ABSOLUTE,
                    CitationRole.EXEMPTION,
                    "Personal data of third parties."));
    QuestionFacts q =
        new QuestionFacts(
            1,
            "How many complaints?",
            Outcome.PROVIDED_IN_PART,
            "a1",
            answer,
            List.of(table),
            citations);
    List<Finding> findings = new WithheldNoExemption().check(Facts.response(List.of(q)));
    assertThat(findings).hasSize(found ? 1 : 0);
    findings.forEach(
        f -> {
          assertThat(f.ruleId()).isEqualTo("WITHHELD_NO_EXEMPTION");
          assertThat(f.provision()).isEqualTo("s.17(1)");
          assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
          assertThat(f.message()).contains("no exemption is cited");
        });
  }

  @ParameterizedTest(name = "[{index}] {0} ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # outcome                | NCND provision | answer                                                                                  | found
          NEITHER_CONFIRM_NOR_DENY | none           | We can neither confirm nor deny whether we hold this information. The policy is published on our website. | true
          NEITHER_CONFIRM_NOR_DENY | none           | We can neither confirm nor deny whether we hold this information.                         | false
          NEITHER_CONFIRM_NOR_DENY | none           | This information is not publicly available and we neither confirm nor deny holding it.   | false
          PROVIDED_IN_PART         | FOIA-40-5B-a-i | We neither confirm nor deny; the information can be found at www.example.gov.uk.         | true
          PROVIDED_IN_FULL         | none           | The information is published on our website.                                            | false
          NEITHER_CONFIRM_NOR_DENY | none           | We neither confirm nor deny holding it. Our publication scheme is available on our website. | false
          REFUSED_EXEMPTION        | FOIA-21        | The information is published on our website, so it is exempt under section 21.         | false
          """)
  void ncndForPublishedInformation(String outcome, String code, String answer, boolean found) {
    List<CitationFacts> citations =
        code.equals("none")
            ? List.of()
            : List.of(
                Facts.cite(code, code, ProvisionKind.ABSOLUTE, CitationRole.EXEMPTION, "Reasons"));
    QuestionFacts q =
        new QuestionFacts(1, "Q", Outcome.valueOf(outcome), "a1", answer, List.of(), citations);
    List<Finding> findings = new NcndPublished().check(Facts.response(List.of(q)));
    assertThat(findings).hasSize(found ? 1 : 0);
    findings.forEach(
        f -> {
          assertThat(f.ruleId()).isEqualTo("NCND_PUBLISHED");
          assertThat(f.provision()).isEqualTo("s.1(1)(a); s.21");
          assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        });
  }
}
