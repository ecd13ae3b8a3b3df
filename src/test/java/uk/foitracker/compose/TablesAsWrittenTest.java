package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Cumbria's and Durham's tables of crimes on hospital grounds (../shared/examples/01 and 02),
 * entered through the API as an officer pastes them, sent and published: what a blank and a "-"
 * mean, the total rows and columns, a total that does not add up (told before sending, seen by the
 * auditor, published as sent), a list of labels and values, units, and the note under a table.
 */
@QuarkusTest
class TablesAsWrittenTest {
  /** Cumbria 1b, the first rows and the Grand Total column: zeros left blank. */
  static final String CUMBRIA =
      "Offence Sub Group\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24\t\"Grand\nTotal\"\n"
          + "Absconding From Lawful Custody\t1\t\t3\t1\t\t5\n"
          + "Arson\t2\t2\t2\t4\t\t10\n"
          + "Bicycle Theft\t2\t\t1\t\t1\t4\n"
          + "Grand Total\t5\t2\t6\t5\t1\t19\n";

  /** Durham's hospital table, "-" for zero, with its 2019/20 total changed from 141 to 142. */
  static final String DURHAM_WRONG_TOTAL =
      "Hospital Name / Financial Year\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24\n"
          + "Bishop Auckland General Hospital\t2\t2\t1\t2\t1\n"
          + "\"Chester-le-Street Community\nHospital\"\t-\t-\t-\t-\t1\n"
          + "Darlington Memorial Hospital\t46\t41\t73\t76\t110\n"
          + "Lanchester Road Hospital\t54\t47\t52\t61\t77\n"
          + "Priory Hospital\t1\t2\t1\t61\t73\n"
          + "University Hospital of North Durham\t11\t49\t66\t46\t63\n"
          + "West Park Hospital\t27\t72\t96\t50\t79\n"
          + "Total\t142\t213\t289\t296\t404\n";

  /** Label/value pairs with units: no header row. */
  static final String TEAM =
      "Team manager\t1 FTE\nSocial workers\t3 FTE\nVacancy rate\t12.5%\nBudget\t£341,900\n";

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  private static Map<String, Object> table(String caption, String cells) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caption", caption);
    body.put("cells", cells);
    return body;
  }

  @Test
  @TestSecurity(
      user = "olive",
      roles = {"officer", "auditor"})
  void enteredSentAndPublishedAsWritten() {
    String ref =
        ApiRequests.log(
            "Crimes on hospital grounds",
            null,
            List.of("The total number of crimes logged on hospital grounds, 2019/20 to 2023/24."),
            null,
            LocalDate.now().minusDays(10),
            "Quillon Ashdown-Perry",
            "someone@example.org");
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);

    // Cumbria: the officer says a blank means zero; the Grand Total row and column are found
    Map<String, Object> cumbria = table("Crimes by offence (Cumbria)", CUMBRIA);
    cumbria.put("blankMeans", "ZERO");
    cumbria.put("note", "Keyword search: it may not find every crime.");
    json(cumbria)
        .post(base + "/answers/1/tables/preview")
        .then()
        .statusCode(200)
        .body("totalsWarnings", hasSize(0))
        .body("notHeldCells", equalTo(0))
        .body("table.blankMeans", equalTo("ZERO"))
        .body("table.columns[5].total", equalTo(true))
        .body("table.rows[3].total", equalTo(true));
    json(cumbria).post(base + "/answers/1/tables").then().statusCode(200);

    // Durham: "-" means zero; the stated total that does not add up is told before saving
    Map<String, Object> durham = table("Crimes by hospital (Durham)", DURHAM_WRONG_TOTAL);
    durham.put("dashMeans", "ZERO");
    json(durham)
        .post(base + "/answers/1/tables/preview")
        .then()
        .statusCode(200)
        .body(
            "totalsWarnings",
            contains(
                "Table 1 (Crimes by hospital (Durham)): Total, 2019/20: the stated total is 142 but"
                    + " the rows above add up to 141"));
    json(durham).post(base + "/answers/1/tables").then().statusCode(200);

    // label/value pairs with units: no header row
    Map<String, Object> team = table("Child Exploitation and Missing Team", TEAM);
    team.put("headerRows", 0);
    json(team).post(base + "/answers/1/tables").then().statusCode(200);

    // the note is editable
    json(Map.of("note", "'-' means zero. Hospitals with no crimes recorded are left out."))
        .put(base + "/answers/1/tables/2/note")
        .then()
        .statusCode(204);
    json(Map.of("note", "x".repeat(2001)))
        .put(base + "/answers/1/tables/2/note")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("note"));

    // before sending: the answers page lists the total that does not add up
    Document page =
        Jsoup.parse(
            given()
                .get("/officer/requests/" + ref + "/response/answers")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(page.select(".govuk-warning-text").eachText())
        .anySatisfy(w -> assertThat(w).contains("Total, 2019/20: the stated total is 142"));
    assertThat(page.select("#answer-1-table-2-note-note").text())
        .isEqualTo("'-' means zero. Hospitals with no crimes recorded are left out.");

    // the letter: the key and the note under the table, no header row for the pairs
    Document letter =
        Jsoup.parse(
            given()
                .get("/officer/requests/" + ref + "/response/letter")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(letter.select(".table-key").eachText())
        .containsExactly("A blank cell means zero.", "A '-' means zero.");
    assertThat(letter.select(".table-note").eachText())
        .containsExactly(
            "Keyword search: it may not find every crime.",
            "'-' means zero. Hospitals with no crimes recorded are left out.");
    assertThat(letter.select("table").get(2).select("thead")).isEmpty();
    given()
        .get("/officer/requests/" + ref + "/response/letter.pdf")
        .then()
        .statusCode(200)
        .contentType("application/pdf");

    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", LocalDate.now().toString()))
        .post(base + "/send")
        .then()
        .statusCode(200)
        .body("totalsWarnings", hasSize(1))
        .body("totalsWarnings[0]", containsString("Total, 2019/20: the stated total is 142"));
    String slug = "hospital-crimes-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    // the note is published, so the publish check reads it: the requester's name is refused
    // once sent, the note is corrected with a reason
    json(Map.of("note", "Figures checked for Quillon Ashdown-Perry.", "reason", "Checked"))
        .put(base + "/answers/1/tables/1/note")
        .then()
        .statusCode(204);
    json(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .statusCode(400)
        .body("errors.message", hasItem(containsString("questions[0].answer.tables[0].note")));
    json(Map.of("note", "Keyword search: it may not find every crime.", "reason", "Name out"))
        .put(base + "/answers/1/tables/1/note")
        .then()
        .statusCode(204);
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);

    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    String t1 = "questions[0].answer.tables[0]";
    assertThat(c.getString(t1 + ".blankMeans")).isEqualTo("ZERO");
    assertThat(c.getBoolean(t1 + ".headerRow")).isTrue();
    assertThat(c.getString(t1 + ".note")).isEqualTo("Keyword search: it may not find every crime.");
    assertThat(c.getList(t1 + ".columns.total", Boolean.class))
        .containsExactly(false, false, false, false, false, true);
    assertThat(c.getList(t1 + ".rows.total", Boolean.class))
        .containsExactly(false, false, false, true);
    Map<String, Object> blank = c.getMap(t1 + ".rows[0].cells[1]");
    assertThat(blank)
        .containsEntry("state", "VALUE")
        .containsEntry("value", 0)
        .containsEntry("text", "");
    String t2 = "questions[0].answer.tables[1]";
    assertThat(c.getString(t2 + ".rows[7].cells[0].text")).isEqualTo("142"); // as sent
    assertThat(c.getString(t2 + ".rows[1].cells[0].text")).isEqualTo("-");
    assertThat(c.getString(t2 + ".rows[1].cells[0].state")).isEqualTo("VALUE");
    assertThat(c.getString(t2 + ".note")).startsWith("'-' means zero.");
    assertThat(c.getString(t2 + ".blankMeans")).isNull();
    assertThat(c.getString(t2 + ".dashMeans")).isEqualTo("ZERO");
    assertThat(c.getString(t1 + ".dashMeans")).isNull();
    String t3 = "questions[0].answer.tables[2]";
    assertThat(c.getBoolean(t3 + ".headerRow")).isFalse();
    assertThat(c.getString(t3 + ".rows[3].cells[0].text")).isEqualTo("£341,900");
    assertThat(c.getString(t3 + ".rows[3].cells[0].unit")).isEqualTo("£");
    assertThat(c.getString(t3 + ".rows[3].cells[0].amount")).isEqualTo("341900");
    assertThat(c.getString(t3 + ".rows[2].cells[0].amount")).isEqualTo("12.5");
    assertThat(c.getString(t3 + ".rows[2].cells[0].unit")).isEqualTo("%");
    assertThat(c.get(t3 + ".rows[2].cells[0].value") == null).isTrue();

    // the public page: the key, the note, the totals, the figures as sent
    Document pub =
        Jsoup.parse(given().get("/cases/" + slug).then().statusCode(200).extract().asString());
    assertThat(pub.select("#table-1-key").text()).isEqualTo("A blank cell means zero.");
    assertThat(pub.select("#table-1-note").text())
        .isEqualTo("Keyword search: it may not find every crime.");
    assertThat(pub.select("#table-1").attr("aria-describedby")).isEqualTo("table-1-note");
    assertThat(pub.select("#table-1 tr[data-total]")).hasSize(1);
    assertThat(pub.select("#table-1 th[data-total]").text()).isEqualTo("Grand Total");
    assertThat(pub.select("#table-2 tr[data-total] td").first().text()).isEqualTo("142");
    assertThat(pub.select("#table-2-note").text()).startsWith("'-' means zero.");
    assertThat(pub.select("#table-2-dash-key").text()).isEqualTo("A '-' means zero.");
    assertThat(pub.select("#table-1-dash-key")).isEmpty();
    assertThat(pub.select("#table-3 thead")).isEmpty();
    assertThat(pub.select("#table-3 tbody td").eachText())
        .containsExactly("1 FTE", "3 FTE", "12.5%", "£341,900");

    // the CSV keeps the number and the unit apart
    String csv =
        given().get("/cases/" + slug + "/tables/3.csv").then().statusCode(200).extract().asString();
    assertThat(csv.lines().toList())
        .contains(
            "\uFEFFRow,Column 1,Column 1 unit,Column 1 state",
            "Budget,341900,£,Value",
            "Vacancy rate,12.5,%,Value",
            "Team manager,1,FTE,Value");
    String cumbriaCsv =
        given().get("/cases/" + slug + "/tables/1.csv").then().statusCode(200).extract().asString();
    assertThat(cumbriaCsv.lines().toList())
        .contains("Absconding From Lawful Custody,1,Value,0,Value,3,Value,1,Value,0,Value,5,Value");

    // the auditor sees the total that does not add up
    given()
        .queryParam("case", slug)
        .get("/api/audit/findings")
        .then()
        .statusCode(200)
        .body("ruleId", hasItem("STATED_TOTALS"))
        .body(
            "find { it.ruleId == 'STATED_TOTALS' }.message",
            containsString("stated total is 142 but the rows above add up to 141"));
    // nothing about it on the public JSON but the figures themselves
    assertThat(c.getString("questions[0].answer.tables[1].totalsWarnings")).isNull();
    given()
        .get("/api/cases/" + slug)
        .then()
        .body("questions[0].answer.tables[1].facts", nullValue());
  }
}
