package uk.foitracker.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.Sending;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.publication.Publishing;
import uk.foitracker.rules.Regime;

/**
 * Find anything: the queue lists every state on request, and one search box finds a request by its
 * reference, the authority's reference, its title or words of its questions, whatever its state,
 * with a link that can be bookmarked.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class QueueSearchTest {
  @Inject OfficerRequests officer;
  @Inject Answers answers;
  @Inject Sending sending;
  @Inject Publishing publishing;
  @Inject Clock clock;

  private static String word;
  private static String open;
  private static String sent;
  private static String published;
  private static String withheld;
  private static String closed;
  private static String reviewed;

  private String log(String title, String question) {
    String ref =
        officer
            .log(
                Fixtures.draft(Regime.FOIA, LocalDate.now(clock).minusDays(3), title, question),
                "olive",
                false)
            .reference();
    officer.assign(ref, StoredRequest.version(ref), word, "olive");
    return ref;
  }

  /** Answers and sends the request as the officer's pages do. */
  private void send(String ref) {
    answers.saveAnswer(ref, null, new AnswerInput(List.of(1), List.of("See below.")), "olive");
    answers.setOutcome(ref, 1, "PROVIDED_IN_FULL", "olive");
    sending.send(ref, LocalDate.now(clock), false, "olive");
  }

  private static void set(String ref, RequestState state, String authorityReference) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              FoiRequest r = FoiRequest.findByReference(ref).orElseThrow();
              r.state = state;
              r.authorityReference = authorityReference;
            });
  }

  @BeforeEach
  void requests() {
    if (word != null) {
      return;
    }
    word = "zebrafinch" + System.nanoTime() % 1_000_000;
    open = log(Fixtures.unique("Potholes " + word), "How many potholes were filled?");
    sent = log(Fixtures.unique("Parking fines"), "How many " + word + " tickets were issued?");
    published = log(Fixtures.unique("Libraries " + word), "Which libraries closed?");
    withheld = log(Fixtures.unique("Grit bins " + word), "Where are the grit bins?");
    closed = log(Fixtures.unique("Allotments " + word), "How long is the waiting list?");
    reviewed = log(Fixtures.unique("Bins " + word), "How often are bins emptied?");
    send(sent);
    set(sent, RequestState.SENT, "AUTH/" + word + "/77");
    send(published);
    publishing.publish(published, "libraries-" + word, "olive");
    send(withheld);
    publishing.withhold(withheld, "Personal data throughout", "olive");
    // closed without a response (e.g. the clarification never came)
    set(closed, RequestState.CLOSED, null);
    send(reviewed);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              InternalReview review = new InternalReview();
              review.request = FoiRequest.findByReference(reviewed).orElseThrow();
              review.number = 1;
              review.requestedOn = LocalDate.now(clock);
              review.persist();
            });
  }

  private static Document queue(String query) {
    // spaces in the query, as a browser's form sends them ("+")
    return Jsoup.parse(
        given()
            .urlEncodingEnabled(false)
            .get("/officer/requests" + query)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private static List<String> refs(Document page) {
    return page.select("tbody tr").eachAttr("data-reference");
  }

  @Test
  void theOpenWorkByDefaultAndEveryStateOnRequest() {
    assertThat(refs(queue("?q=&state=&assignee=" + word))).containsExactly(open);
    assertThat(refs(queue("?state=ALL&assignee=" + word))).hasSize(6);
    String all = "?state=ALL&sort=reference&q=" + word;
    assertThat(refs(queue(all)))
        .containsExactlyInAnyOrder(open, sent, published, withheld, closed, reviewed);
    assertThat(refs(queue("?state=SENT&q=" + word))).containsExactlyInAnyOrder(sent, reviewed);
    assertThat(refs(queue("?state=PUBLISHED&q=" + word))).containsExactly(published);
    assertThat(refs(queue("?state=WITHHELD_FROM_LOG&q=" + word))).containsExactly(withheld);
    assertThat(refs(queue("?state=CLOSED&q=" + word))).containsExactly(closed);
    assertThat(refs(queue("?state=UNDER_REVIEW&q=" + word))).containsExactly(reviewed);
    Document sentOnly = queue("?state=SENT&q=" + word);
    assertThat(sentOnly.select("#filter-state option[selected]").text()).isEqualTo("Response sent");
    assertThat(sentOnly.select("#queue-count").text()).isEqualTo("Showing 1 to 2 of 2 requests.");
    assertThat(sentOnly.select("tr[data-reference=" + sent + "] td").get(3).text())
        .isEqualTo("Response sent");
    // the state's plain name on screen, never the enum's
    assertThat(sentOnly.select("tbody").text()).doesNotContain("SENT", "STOPPED");
  }

  @Test
  void aSearchLooksAtEveryStateAndEveryField() {
    // a search with no state chosen finds requests in any state
    Document found = queue("?q=" + word);
    assertThat(refs(found)).hasSize(6);
    assertThat(found.select("#filter-state option[selected]").text()).isEqualTo("All requests");
    assertThat(found.select("#filter-q").val()).isEqualTo(word);
    // by reference, whole or in part, in any case
    assertThat(refs(queue("?q=" + closed.toLowerCase()))).containsExactly(closed);
    // by the authority's reference
    assertThat(refs(queue("?q=auth/" + word + "/77"))).containsExactly(sent);
    // by words of the title and of the questions, each word matched on its own
    assertThat(refs(queue("?q=" + word + "+libraries"))).containsExactly(published);
    assertThat(refs(queue("?q=" + word + "+tickets+issued"))).containsExactly(sent);
    assertThat(refs(queue("?q=waiting+list+" + word))).containsExactly(closed);
    // wildcards are words, not patterns
    assertThat(refs(queue("?q=" + word + "+%25%25"))).isEmpty();
    assertThat(queue("?q=nothing-" + word).select("#queue-count").text())
        .isEqualTo("No requests match these filters.");
  }

  @Test
  void theRequesterIsNeverSearched() {
    // the requester's name and contact live apart and are not searched
    assertThat(refs(queue("?q=" + word + "+Testrequester"))).isEmpty();
    assertThat(refs(queue("?q=" + word + "+" + Fixtures.CONTACT))).isEmpty();
  }

  @Test
  void filteredViewsHaveStableLinksAndTheApiTakesTheSameParameters() {
    Document page = queue("?state=ALL&q=" + word + "&sort=reference");
    assertThat(page.select("th[aria-sort=ascending] a").attr("href"))
        .isEqualTo("/officer/requests?q=" + word + "&state=ALL&sort=reference&order=desc&page=1");
    assertThat(page.select("form[role=search]").attr("method")).isEqualTo("get");
    given()
        .get("/api/requests?state=PUBLISHED&q=" + word)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("requests[0].reference", equalTo(published))
        .body("requests[0].state", equalTo("PUBLISHED"));
    // the auditor's read-only list takes the same search
    given().get("/api/requests?q=" + word).then().statusCode(200).body("total", equalTo(6));
  }
}
