package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;

/**
 * The page of a published case is rendered once for readers who are not signed in and kept until a
 * case changes: a correction shows at once, a conditional request gets 304, and a signed-in reader
 * still gets their own header.
 */
@QuarkusTest
class CasePageCacheTest {
  @Inject OfficerRequests requests;
  @Inject Answers answers;
  @Inject Publishing publishing;
  @Inject Sending sending;

  @Test
  void aCorrectionShowsAtOnceAndAnUnchangedPageIsNotSentAgain() {
    Published c = publish("We counted 41 quillerbank lamp posts.");
    String url = "/cases/" + c.slug();

    Response first = given().get(url);
    first.then().statusCode(200).header("Cache-Control", "no-cache");
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();
    assertThat(first.asString()).contains("41 quillerbank").contains("id=\"sign-in\"");
    assertThat(given().get(url).asString()).isEqualTo(first.asString());
    given().header("If-None-Match", etag).get(url).then().statusCode(304);

    String ref = c.ref();
    // an answer already sent is corrected with a reason, and the correction is published at once
    answers.saveAnswer(
        ref,
        1,
        new AnswerInput(
            List.of(1),
            List.of("We counted 42 quillerbank lamp posts."),
            null,
            "One lamp post was missed."),
        "t");

    Response corrected = given().get(url);
    assertThat(corrected.asString()).contains("42 quillerbank").doesNotContain("41 quillerbank");
    assertThat(corrected.header("ETag")).isNotEqualTo(etag);
    given().header("If-None-Match", etag).get(url).then().statusCode(200);
  }

  @Test
  void theFirstPageOfTheLogShowsANewCaseAtOnce() {
    String before = given().get("/cases").then().statusCode(200).extract().asString();
    given()
        .header("If-None-Match", given().get("/cases").header("ETag"))
        .get("/cases")
        .then()
        .statusCode(304);
    String slug = publish("We counted 5 drumlinford bridges.").slug();
    assertThat(before).doesNotContain(slug);
    assertThat(given().get("/cases").asString()).contains("/cases/" + slug);
    assertThat(given().get("/").asString()).contains("/cases/" + slug);
  }

  @Test
  void anUnknownCaseIsNotKept() {
    given().get("/cases/no-such-case-cached").then().statusCode(404);
    given().get("/cases/no-such-case-cached").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void aSignedInReaderGetsTheirOwnHeader() {
    String slug = publish("We counted 7 wimbrelmoor benches.").slug();
    given().get("/cases/" + slug).then().statusCode(200);
    String page = given().get("/cases/" + slug).asString();
    assertThat(page).contains("7 wimbrelmoor").contains("id=\"sign-out\"").contains("Work queue");
  }

  private record Published(String ref, String slug) {}

  private Published publish(String answer) {
    long n = System.nanoTime();
    String ref =
        requests
            .log(
                new NewRequest(
                    "FOIA",
                    DateField.of(LocalDate.now().minusDays(3)),
                    "EMAIL",
                    "Cache test " + n,
                    "Ottoline Verrall",
                    "ov@example.org",
                    "1. How many?",
                    null,
                    List.of(new QuestionDraft("1", "How many?")),
                    null),
                "t",
                false)
            .reference();
    answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of(answer)), "t");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "t");
    sending.send(ref, LocalDate.now(), false, "t");
    String slug = "cache-test-" + n;
    publishing.publish(ref, slug, "t");
    return new Published(ref, slug);
  }
}
