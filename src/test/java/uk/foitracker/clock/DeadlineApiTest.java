package uk.foitracker.clock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class DeadlineApiTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // worked by hand on the UK-wide calendar: 1, 8 (the Coronation) and 29 May 2023 are bank
    // holidays; so is 19 Sep 2022 (the State Funeral)
    "2023-04-28, FOIA, 2023-05-31, 20",
    "2022-09-01, FOIA, 2022-09-30, 20",
    // EIR reg 5(2) counts the same way
    "2023-04-28, EIR, 2023-05-31, 20",
    // across Christmas, Boxing Day, New Year and 2 January (Scotland): 2024-12-20 is a Friday
    "2024-12-20, FOIA, 2025-01-23, 20",
    // received Saturday 16 March 2024: Monday 18 March is St Patrick's Day (NI, substitute), so day
    // 1 is Tuesday 19;
    // Good Friday 29 March and Easter Monday 1 April are skipped too
    "2024-03-16, FOIA, 2024-04-17, 20",
    "2024-03-16, eir, 2024-04-17, 20"
  })
  void dueDates(String received, String regime, String due, int workingDays) {
    given()
        .queryParam("received", received)
        .queryParam("regime", regime)
        .get("/api/deadline")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("received", equalTo(received))
        .body("due", equalTo(due))
        .body("workingDays", equalTo(workingDays));
  }

  @Test
  void listsTheSkippedDaysWithReasons() {
    given()
        .queryParam("received", "2023-04-28")
        .queryParam("regime", "FOIA")
        .get("/api/deadline")
        .then()
        .statusCode(200)
        .body("dayOne", equalTo("2023-05-02"))
        .body("skipped.date", hasItem("2023-05-01"))
        .body("skipped.date", hasItem("2023-05-08"))
        .body("skipped.date", hasItem("2023-05-29"))
        .body(
            "skipped.find { it.date == '2023-05-08' }.reason",
            containsString("coronation of King Charles III"))
        .body("skipped.find { it.date == '2023-04-29' }.reason", equalTo("Saturday"))
        .body("days.findAll { it.number != null }", hasSize(20))
        .body("calendar", containsString("Jollyday"));
    given()
        .queryParam("received", "2022-09-01")
        .queryParam("regime", "FOIA")
        .get("/api/deadline")
        .then()
        .body(
            "skipped.find { it.date == '2022-09-19' }.reason",
            containsString("Queen Elizabeth II"));
  }

  @ParameterizedTest(name = "received={0} regime={1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "28/04/2023, FOIA, received",
        "2023-02-30, FOIA, received",
        "null, FOIA, received",
        "2023-04-28, GDPR, regime",
        "2023-04-28, null, regime",
        "1999-01-04, FOIA, received",
        "2099-01-05, FOIA, received"
      })
  void badInputIsAProblemDocument(String received, String regime, String field) {
    var request = given();
    if (received != null) {
      request.queryParam("received", received);
    }
    if (regime != null) {
      request.queryParam("regime", regime);
    }
    request
        .get("/api/deadline")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors[0].field", equalTo(field));
  }
}
