package uk.foitracker.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.foitracker.publication.PublicationCache;

/**
 * PostgreSQL stops mid-run (an immediate shutdown, as in a crash) and starts again: meanwhile pages
 * and the API that need it answer 503 with a plain explanation, a published case page already held
 * in memory (PublicationCache) is still served, and afterwards everything works again without
 * restarting the application. Runs only in the PostgreSQL tier, inside scripts/with-postgres.sh
 * (which tells where the server lives through FOI_PG_* variables).
 */
@QuarkusTest
class DatabaseOutageTest {
  static final String CASE = "/cases/leicester-cse-cce-2015-2024";
  static final String PAGE = "/provisions";

  @Inject PublicationCache cache;

  @Test
  void pagesSay503WhileTheDatabaseIsDownAndRecoverAfter() throws Exception {
    String data = System.getenv("FOI_PG_DATA");
    Assumptions.assumeTrue(
        ConfigUtils.getProfiles().contains("pg")
            && data != null
            && Files.isDirectory(Path.of(data)),
        "Database outage test skipped: runs in the PostgreSQL tier (scripts/with-postgres.sh ... -Dquarkus.test.profile=test,pg)");

    given().get(PAGE).then().statusCode(200);
    cache.clear(); // the case page is now drawn afresh and held for the next minute
    given().get(CASE).then().statusCode(200);
    pgCtl("stop", "-m", "immediate");
    try {
      Response held = given().get(CASE);
      assertThat(held.statusCode()).isEqualTo(200);
      assertThat(held.asString()).contains("child sexual");

      Response page = given().get(PAGE);
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.header("Retry-After")).isEqualTo("30");
      assertThat(Jsoup.parse(page.asString()).select("h1").text())
          .isEqualTo("Sorry, the service is unavailable");
      assertThat(page.asString()).doesNotContain("Exception").doesNotContain("PSQL");

      Response api = given().get("/api/cases");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.contentType()).startsWith("application/problem+json");
      assertThat(api.jsonPath().getInt("status")).isEqualTo(503);

      given().get("/q/health/ready").then().statusCode(503);
    } finally {
      pgCtl("start");
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    int status = 0;
    while (Instant.now().isBefore(deadline) && (status = given().get(PAGE).statusCode()) != 200) {
      Thread.sleep(500);
    }
    assertThat(status).as("the page works again after the database restarts").isEqualTo(200);
    given().get("/api/cases").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200);
  }

  private static void pgCtl(String action, String... extra)
      throws IOException, InterruptedException {
    String bin = System.getenv("FOI_PG_BIN");
    List<String> command =
        new ArrayList<>(
            List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                bin + "/pg_ctl",
                "-D",
                System.getenv("FOI_PG_DATA"),
                "-w",
                "-t",
                "30"));
    if (action.equals("start")) {
      command.addAll(
          List.of("-l", System.getenv("FOI_PG_LOG"), "-o", System.getenv("FOI_PG_OPTS")));
    }
    command.addAll(List.of(extra));
    command.add(action);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.exitValue()).as("pg_ctl %s: %s", action, output).isZero();
  }
}
