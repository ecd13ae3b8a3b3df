package uk.foitracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operations staff rely on: health, metrics and a request id on every response. */
@QuarkusTest
class OperationsTest {

  @Test
  void readinessChecksTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
  }

  @Test
  void metricsArePrometheusText() {
    given().get("/cases").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"))
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void everyResponseCarriesARequestId() {
    String first = given().get("/").then().statusCode(200).extract().header(RequestIds.HEADER);
    String second =
        given().get("/no/such/page").then().statusCode(404).extract().header(RequestIds.HEADER);
    assertThat(first).matches("[0-9a-f-]{36}");
    assertThat(second).matches("[0-9a-f-]{36}").isNotEqualTo(first);
  }

  @Test
  void aProxysWellFormedRequestIdIsKeptAndAnythingElseReplaced() {
    given()
        .header(RequestIds.HEADER, "edge-1234abcd")
        .get("/")
        .then()
        .header(RequestIds.HEADER, "edge-1234abcd");
    String replaced =
        given()
            .header(RequestIds.HEADER, "<script>x</script>")
            .get("/")
            .then()
            .extract()
            .header(RequestIds.HEADER);
    assertThat(replaced).matches("[0-9a-f-]{36}");
  }
}
