package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.foitracker.attachment.AttachmentTextTest;

/**
 * Issue 21: the release check reads the visible text of every releasable attachment (PDF, Word,
 * every cell of every sheet of a workbook, CSV, text) as it reads a text field. The requester's
 * name in a PDF refuses publishing (not sending, which goes to the requester); a stranger's e-mail
 * in a Word document and a National Insurance number in a workbook's hidden sheet refuse sending
 * too; an ordinary file passes; marking a hit not personal lets it through.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class AttachmentTextReleaseTest {

  @Test
  void theRequestersNameInAPdfRefusesPublishingUntilMarkedNotPersonal() throws IOException {
    String ref = log("Ottilie Quarrington", "oq@example.org");
    String base = "/api/responses/" + ref;
    attach(base, "Ward figures.xlsx", AttachmentTextTest.xlsx(null, false), false);
    attach(
        base, "Cover note.pdf", AttachmentTextTest.pdf("Prepared for Ottilie Quarrington"), false);
    answer(base);

    // the requester may see their own name: the response is sent
    send(base).then().statusCode(200);
    JsonPath check = given().get(base + "/release-check").then().extract().jsonPath();
    assertThat(check.getInt("open")).isEqualTo(1);
    assertThat(check.getString("hits[0].key")).startsWith("REQUESTER_NAME@attachments[2].text#");
    assertThat(check.getString("hits[0].field")).isEqualTo("attachments[2].text");
    assertThat(check.getString("hits[0].context"))
        .contains("Prepared for")
        .doesNotContain("Quarrington");

    String slug = "ward-figures-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    String refused =
        json(Map.of("slug", slug))
            .post(base + "/publish")
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertThat(refused).contains("the requester's name from attachments[2].text before publishing");

    json(Map.of(
            "key",
            check.getString("hits[0].key"),
            "reason",
            "The requester asked for the cover note to be published with their name"))
        .post(base + "/release-check/not-personal")
        .then()
        .statusCode(200);
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
  }

  @Test
  void anyonesPersonalDataInAWordDocumentOrAHiddenSheetRefusesSending() throws IOException {
    String ref = log("Barnaby Whitlock-Eyre", "bwe@example.org");
    String base = "/api/responses/" + ref;
    attach(base, "Minutes.docx", AttachmentTextTest.docx("Raised by jo.bloggs@gmail.com"), false);
    attach(base, "Complaints.xlsx", AttachmentTextTest.xlsx("AB123456C", true), true);
    attach(base, "Method.txt", "Counts are of complaints received.".getBytes(), false);
    answer(base);

    String refused = send(base).then().statusCode(400).extract().asString();
    assertThat(refused)
        .contains("a personal e-mail address from attachments[1].text before sending")
        .contains("a National Insurance number from attachments[2].text before sending")
        .doesNotContain("attachments[3]");

    JsonPath check = given().get(base + "/release-check").then().extract().jsonPath();
    List<String> keys = check.getList("hits.key", String.class);
    assertThat(keys)
        .anySatisfy(k -> assertThat(k).startsWith("EMAIL_ADDRESS@attachments[1].text#"))
        .anySatisfy(
            k -> assertThat(k).startsWith("NATIONAL_INSURANCE_NUMBER@attachments[2].text#"));
    for (String key : keys) {
      json(Map.of("key", key, "reason", "Made up for the test: no real person"))
          .post(base + "/release-check/not-personal")
          .then()
          .statusCode(200);
    }
    send(base).then().statusCode(200);
    String slug = "complaints-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
  }

  @Test
  void ordinaryAttachmentsPass() throws IOException {
    String ref = log("Cressida Fairweather-Oyelaran", "cfo@example.org");
    String base = "/api/responses/" + ref;
    attach(base, "Figures.pdf", AttachmentTextTest.pdf("Complaints by ward, 2024"), false);
    attach(base, "Notes.docx", AttachmentTextTest.docx("Figures are rounded."), false);
    attach(base, "Figures.xlsx", AttachmentTextTest.xlsx(null, false), false);
    attach(
        base,
        "Figures.csv",
        "Ward,Complaints\nAbbey,14\nCastle,22\n".getBytes(StandardCharsets.UTF_8),
        false);
    answer(base);
    assertThat(given().get(base + "/release-check").then().extract().jsonPath().getInt("open"))
        .isZero();
    send(base).then().statusCode(200);
    String slug = "figures-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug)).post(base + "/publish").then().statusCode(200);
  }

  private static void attach(String base, String name, byte[] bytes, boolean hidden) {
    int number =
        json(Map.of("fileName", name, "content", Base64.getEncoder().encodeToString(bytes)))
            .post(base + "/attachments")
            .then()
            .statusCode(201)
            .extract()
            .path("number");
    json(Map.of("releasable", true, "hiddenContentConfirmed", hidden))
        .put(base + "/attachments/" + number + "/releasable")
        .then()
        .statusCode(200);
  }

  private static void answer(String base) {
    json(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are attached.")))
        .post(base + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(base + "/questions/1/outcome")
        .then()
        .statusCode(204);
  }

  private static Response send(String base) {
    return json(Map.of("sentOn", LocalDate.now().toString())).post(base + "/send");
  }

  private static String log(String name, String contact) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(3).toString());
    body.put("channel", "EMAIL");
    body.put("summary", "Complaints " + System.nanoTime());
    body.put("requesterName", name);
    body.put("requesterContact", contact);
    body.put("requestText", "How many complaints were received in 2024, by ward?");
    return json(body).post("/api/requests").then().statusCode(201).extract().path("reference");
  }

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }
}
