package uk.foitracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.rules.stats.RequestOutcome;
import uk.foitracker.rules.stats.TimelinessBand;

/**
 * The display words and classes of the statute's enums, now kept out of {@code rules}: the same
 * strings the enums carried before, and the templates still reach them as {@code {outcome.label}},
 * {@code {outcome.colour}} and {@code {cell.state.modifier}}.
 */
@QuarkusTest
class StatuteLabelsTest {

  @Test
  void everyConstantHasTheWordsItHadBefore() {
    assertThat(Arrays.stream(Outcome.values()).map(StatuteLabels::label))
        .containsExactly(
            "Provided in full",
            "Provided in part",
            "Not held",
            "Refused: cost limit",
            "Refused: exemption",
            "Neither confirm nor deny",
            "Related information given");
    assertThat(Arrays.stream(Outcome.values()).map(StatuteLabels::colour))
        .containsExactly("green", "light-blue", "grey", "orange", "red", "purple", "turquoise");
    assertThat(Arrays.stream(ProvisionKind.values()).map(StatuteLabels::label))
        .containsExactly(
            "Denial: not held",
            "Procedure",
            "Cost limit",
            "Refusal",
            "Advice and assistance",
            "Absolute exemption",
            "Qualified exemption: public interest test");
    assertThat(Arrays.stream(CitationRole.values()).map(StatuteLabels::label))
        .containsExactly(
            "Denial (not held)", "Exemption", "Procedure", "Cost limit", "Advice and assistance");
    assertThat(Arrays.stream(CellState.values()).map(StatuteLabels::label))
        .containsExactly(
            "Value", "Not held", "Withheld (small number)", "Nil", "Not applicable", "Not stated");
    assertThat(Arrays.stream(ReviewOutcome.values()).map(StatuteLabels::label))
        .containsExactly("Upheld", "Partly overturned", "Overturned");
    assertThat(Arrays.stream(Severity.values()).map(StatuteLabels::label))
        .containsExactly("High", "Medium", "Low", "Cannot be assessed");
    assertThat(Arrays.stream(Severity.values()).map(StatuteLabels::colour))
        .containsExactly("red", "orange", "yellow", "grey");
    assertThat(Arrays.stream(TimelinessBand.values()).map(StatuteLabels::label))
        .containsExactly("Good", "Adequate", "Unsatisfactory");
    assertThat(Arrays.stream(TimelinessBand.values()).map(StatuteLabels::colour))
        .containsExactly("green", "yellow", "red");
    assertThat(Arrays.stream(RequestOutcome.values()).map(StatuteLabels::label))
        .containsExactly(
            "Granted in full",
            "Partly withheld",
            "Fully withheld",
            "Neither confirm nor deny",
            "Information not held",
            "Refused on cost (s.12)",
            "Vexatious (s.14(1))",
            "Repeated (s.14(2))",
            "Vexatious or repeated (s.14, subsection not stated)",
            "Outcome not recorded");
  }

  @Test
  void aCellsModifierIsItsNameAsTheTemplateUsedToWriteIt() {
    for (CellState s : CellState.values()) {
      assertThat(StatuteLabels.modifier(s))
          .isEqualTo(s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  @Test
  void templatesReachTheExtensionsOnAPublishedCase() {
    Document page =
        Jsoup.parse(
            given()
                .get("/cases/leicester-cse-cce-2015-2024")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    Element first = page.selectFirst("[data-question=1] .govuk-tag");
    assertThat(first.text()).isEqualTo("Provided in part");
    assertThat(first.hasClass("govuk-tag--light-blue")).isTrue();
    Element notHeld = page.selectFirst("#table-1 td[data-state=NOT_HELD]");
    assertThat(notHeld.hasClass("app-table__cell--not-held")).isTrue();
    assertThat(notHeld.select(".govuk-visually-hidden").text()).isEqualTo("Not held");
  }
}
