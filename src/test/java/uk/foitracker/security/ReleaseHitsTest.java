package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's release check on tables, end to end: a suppressed cell that the row total gives away
 * refuses sending with its derivation shown; the release check lists it with its key and fixes; an
 * officer marks it not personal with a reason (audited) and the response is sent and published. A
 * small count in a table marked as counting people refuses too.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class ReleaseHitsTest {

  @Test
  void aDerivableSuppressedCellRefusesUntilFixedOrMarkedNotPersonal() {
    String ref = log();
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("caption", "Exclusions by year");
    table.put("cells", "Year\tFixed term\tPermanent\tManaged move\tTotal\n2023\t4\t<5\t5\t12\n");
    json(table).post(base + "/answers/1/tables").then().statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);

    String refused =
        json(Map.of("sentOn", LocalDate.now().toString()))
            .post(base + "/send")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(refused)
        .contains("a suppressed cell that can be worked out")
        .contains("<5 in row 2023, column Permanent = row total 12 − 4 − 5 = 3");

    JsonPath check =
        given().get(base + "/release-check").then().statusCode(200).extract().jsonPath();
    assertThat(check.getInt("open")).isEqualTo(1);
    assertThat(check.getInt("openForSending")).isEqualTo(1);
    String key = check.getString("hits[0].key");
    assertThat(key).isEqualTo("SECONDARY_SUPPRESSION@tables[0].rows[0].cells[1]");
    assertThat(check.getString("hits[0].kind")).isEqualTo("SECONDARY_SUPPRESSION");
    assertThat(check.getList("hits[0].fixes", String.class))
        .anySatisfy(f -> assertThat(f).contains("secondary suppression"));

    // the officer's check-your-answers page before sending runs the check when asked (not on
    // every view: it reads everything); marking a hit redirects back to it, with the check
    String compose = "/officer/requests/" + ref + "/response";
    String page = compose + "/send";
    Document plain = Jsoup.parse(given().get(page).then().statusCode(200).extract().asString());
    assertThat(plain.select(".govuk-summary-card")).isEmpty();
    assertThat(plain.select("#run-release-check").attr("href"))
        .isEqualTo(page + "?check=release#release-check");
    // asked for: the hit in context with its fixes and a form to mark it not personal
    Document composed =
        Jsoup.parse(
            given().get(page + "?check=release").then().statusCode(200).extract().asString());
    assertThat(composed.select("h2#release-check").text()).isEqualTo("Release check");
    assertThat(composed.select(".govuk-summary-card").text())
        .contains("<5 in row 2023, column Permanent = row total 12 − 4 − 5 = 3")
        .contains("secondary suppression")
        .contains("Open");
    Response noReason =
        form(page)
            .formParam("key", key)
            .formParam("reason", "")
            .post(compose + "/release-check/not-personal");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(noReason.asString()).select(".govuk-error-summary").text())
        .contains("Say why this is not personal data");

    json(Map.of("key", key, "reason", ""))
        .post(base + "/release-check/not-personal")
        .then()
        .statusCode(400);
    json(Map.of("key", "NO_SUCH@x", "reason", "Not personal"))
        .post(base + "/release-check/not-personal")
        .then()
        .statusCode(400);
    JsonPath marked =
        json(Map.of(
                "key",
                key,
                "reason",
                "Exclusions across the whole authority: three pupils cannot be identified"))
            .post(base + "/release-check/not-personal")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(marked.getString("overridden")).contains("cannot be identified");
    assertThat(marked.getString("overriddenBy")).isEqualTo("olive");
    assertThat(given().get(base + "/release-check").then().extract().jsonPath().getInt("open"))
        .isZero();

    json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send").then().statusCode(200);
    String slug = "exclusions-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
  }

  @Test
  void aSmallCountInATableOfPeopleRefusesButNotInATableOfEvents() {
    String ref = log();
    String base = "/api/responses/" + ref;
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    Map<String, Object> events = new LinkedHashMap<>();
    events.put("caption", "Complaints by ward");
    events.put("cells", "Ward\tComplaints\nAbbey\t2\nCastle\t14\n");
    json(events).post(base + "/answers/1/tables").then().statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
    assertThat(given().get(base + "/release-check").then().extract().jsonPath().getInt("open"))
        .isZero();

    Map<String, Object> people = new LinkedHashMap<>();
    people.put("caption", "Children in secure placements");
    people.put("cells", "Placement\tChildren\nSecure unit\t2\nFoster care\t212\n");
    people.put("countsPeople", true);
    json(people).post(base + "/answers/1/tables").then().statusCode(200);
    String refused =
        json(Map.of("sentOn", LocalDate.now().toString()))
            .post(base + "/send")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(refused)
        .contains("a small number of people in table 2")
        .contains("2 in row Secure unit, column Children");
  }

  private static String log() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(3).toString());
    body.put("channel", "EMAIL");
    body.put("summary", "Exclusions " + System.nanoTime());
    body.put("requesterName", "Ottoline Verity-Fanshawe");
    body.put("requesterContact", "ovf@example.org");
    body.put("requestText", "How many pupils were excluded in 2023, by kind of exclusion?");
    return json(body).post("/api/requests").then().statusCode(201).extract().path("reference");
  }

  /** A form post with the page's CSRF cookie and token. */
  private static RequestSpecification form(String page) {
    Response r = given().redirects().follow(false).get(page);
    assertThat(r.statusCode()).isEqualTo(200);
    String token = Jsoup.parse(r.asString()).select("input[name=csrf-token]").first().val();
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .cookie("csrf-token", r.getCookie("csrf-token"))
        .formParam("csrf-token", token);
  }

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }
}
