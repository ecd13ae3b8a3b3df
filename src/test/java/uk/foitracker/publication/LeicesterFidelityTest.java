package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the published Leicester case, as the API serves it, against the text of the response:
 * every question and sentence verbatim, every figure and every "-" of both tables, the cost limit.
 */
@QuarkusTest
class LeicesterFidelityTest {
  static final String SLUG = "leicester-cse-cce-2015-2024";
  static JsonPath json;
  static String source;

  @BeforeEach
  void load() {
    if (json != null) {
      return;
    }
    json = given().get("/api/cases/" + SLUG).then().statusCode(200).extract().jsonPath();
    source = LeicesterSource.text();
  }

  @Test
  void sourceParsesIntoTheTablesWeExpect() {
    assertThat(LeicesterSource.ageTables()).hasSize(2).allSatisfy(t -> assertThat(t).hasSize(10));
    assertThat(LeicesterSource.contactsTable()).hasSize(10);
  }

  @Test
  void sixQuestionsVerbatim() {
    List<String> texts = json.getList("questions.text");
    assertThat(texts).hasSize(6);
    assertThat(json.getList("questions.number", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
    for (String text : texts) {
      assertThat(LeicesterSource.lines()).contains("• " + text);
    }
  }

  @Test
  void everyAnswerSentenceIsInTheResponse() {
    List<String> lines = LeicesterSource.lines();
    List<List<String>> paragraphs = json.getList("questions.answer.paragraphs");
    assertThat(paragraphs).hasSize(6).allSatisfy(p -> assertThat(p).isNotEmpty());
    for (List<String> answer : paragraphs) {
      for (String paragraph : answer) {
        assertThat(lines).as("paragraph is a line of the response").contains(paragraph);
      }
    }
    // and the other way round: every sentence of the answers in the source is in the case
    List<String> all = paragraphs.stream().flatMap(List::stream).toList();
    for (String expected :
        List.of(
            "For 0-9 years, across the whole period there were 13 cases identified for CSE.",
            "We do not have a MASH in Leicester City.\u00a0 ‘All contacts’ regarding Children’s Social Care are as follows:",
            "If you would like any help in refining your request, please do not hesitate to contact us.",
            "We do a have a Child Exploitation and Missing Team which comprises a team manager, 3 social workers and 2 family support workers, the budget for this service is £341,900.")) {
      assertThat(all).contains(expected);
    }
  }

  @Test
  void questionsFourAndFiveShareOneAnswer() {
    assertThat(json.getList("questions[3].answer.questionNumbers", Integer.class))
        .containsExactly(4, 5);
    assertThat(json.getInt("questions[3].answer.position"))
        .isEqualTo(json.getInt("questions[4].answer.position"));
    assertThat(json.getString("questions[3].answer.paragraphs[0]"))
        .isEqualTo("In response to the two questions above.");
  }

  @Test
  void tableAFiguresForQuestionsOneAndTwo() {
    List<List<List<String>>> expected = LeicesterSource.ageTables();
    for (int q = 0; q < 2; q++) {
      String table = "questions[" + q + "].answer.tables[0]";
      assertThat(json.getList(table + ".columns.group")).containsExactly("CSE", "CSE", "CE", "CE");
      assertThat(json.getList(table + ".columns.label"))
          .containsExactly("10-14", "15-19", "10-14", "15-19");
      assertThat(json.getString(table + ".cornerLabel")).isEqualTo("Age");
      assertThat(json.getList(table + ".columnGroups")).hasSize(2);
      assertThat(rows(table)).isEqualTo(expected.get(q));
    }
  }

  @Test
  void notHeldCellsAreNotNumbers() {
    List<Map<String, Object>> cells = json.getList("questions[0].answer.tables[0].rows[0].cells");
    assertThat(cells.get(2)).containsEntry("state", "NOT_HELD").containsEntry("text", "-");
    assertThat(cells.get(2).get("value")).isNull();
    assertThat(cells.get(0)).containsEntry("state", "VALUE").containsEntry("value", 19);
  }

  @Test
  void tableBFigures() {
    String table = "questions[2].answer.tables[0]";
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : rows(table)) {
      rows.add(row);
    }
    assertThat(rows).isEqualTo(LeicesterSource.contactsTable());
    assertThat(json.getList(table + ".rows.cells.value.flatten()", Long.class))
        .containsExactly(
            18201L, 12374L, 11494L, 13518L, 15298L, 14254L, 15890L, 14916L, 14899L, 15930L);
  }

  @Test
  void citationsAsTheResponseMakesThem() {
    assertThat(json.getList("questions[0].provisions.reference"))
        .containsExactly("s.1(1)(a)", "s.17(1)");
    assertThat(json.getList("questions[0].provisions.role")).containsExactly("DENIAL", "PROCEDURE");
    assertThat(json.getList("questions[2].provisions")).isEmpty();
    assertThat(json.getList("questions[3].provisions.reference"))
        .containsExactly("s.12", "s.17(1)");
    assertThat(json.getList("questions[4].provisions.reference"))
        .containsExactly("s.12", "s.17(1)");
    assertThat(json.getList("questions[5].provisions.reference"))
        .containsExactly("s.1(1)(a)", "s.17(1)");
    assertThat(json.getList("questions.provisions.reference").toString()).doesNotContain("s.16");
  }

  @Test
  void costAssessmentMatchesTheStatedLimit() {
    assertThat(source).contains("£450").contains("18 hours");
    assertThat(json.getInt("costAssessment.limitPence")).isEqualTo(45000);
    assertThat(json.getInt("costAssessment.hourlyRatePence")).isEqualTo(2500);
    assertThat(json.getInt("costAssessment.limitHours")).isEqualTo(18);
    assertThat(json.getList("costAssessment.questionNumbers", Integer.class)).containsExactly(4, 5);
    assertThat(json.getList("costAssessment.lines")).isEmpty();
    assertThat(source).contains(json.getString("costAssessment.advice"));
  }

  @Test
  void nothingInvented() {
    assertThat(json.getString("receivedOn")).isNull();
    assertThat(json.getString("sentOn")).isNull();
    assertThat(json.getString("due")).isNull();
    assertThat(json.getString("authorityReference")).isNull();
    assertThat(json.getString("regime")).isEqualTo("FOIA");
    assertThat(source).contains(json.getString("licenceStatement"));
  }

  private static List<List<String>> rows(String table) {
    List<String> headers = json.getList(table + ".rows.header");
    List<List<String>> texts = json.getList(table + ".rows.cells.text");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(headers.get(i));
      row.addAll(texts.get(i));
      rows.add(row);
    }
    return rows;
  }
}
