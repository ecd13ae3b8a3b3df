package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The security findings of issue 21 (F4 to F14), one test each; each failed before its fix. */
@QuarkusTest
class SecurityFindingsTest {

  /** F4: nothing a signed-in person sees is kept by a cache, public pages and the API included. */
  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void everySignedInResponseIsNoStore() {
    for (String path :
        List.of(
            "/",
            "/officer/requests",
            "/cases",
            "/cases/" + Planted.LEICESTER,
            "/api/cases",
            "/api/cases/" + Planted.LEICESTER,
            "/provisions",
            "/deadline",
            "/no-such-page")) {
      Response r = given().redirects().follow(false).get(path);
      assertThat(r.header("Cache-Control")).as(path).isEqualTo("no-store");
    }
  }

  /** F4: a request carrying a session cookie or a bearer header is no-store outside JAX-RS too. */
  @Test
  void credentialedRequestsAreNoStoreEvenForStaticFilesAndQ() {
    for (String path : List.of("/q/health", "/static/app.css", "/")) {
      Response r = given().header("Authorization", "Bearer x.y.z").get(path);
      assertThat(r.header("Cache-Control")).as(path).isEqualTo("no-store");
      Response c = given().cookie("q_session", "x").get(path);
      assertThat(c.header("Cache-Control")).as(path).isEqualTo("no-store");
    }
  }

  /** F13: metrics and the API description and UI need a role in production; health does not. */
  @Test
  void productionPutsMetricsAndTheApiUiBehindARole() throws IOException {
    Properties p = properties();
    String paths = p.getProperty("%prod.quarkus.http.auth.permission.operations.paths");
    assertThat(paths).contains("/q/metrics").contains("/q/openapi").contains("/q/swagger-ui");
    assertThat(paths).doesNotContain("/q/health");
    String policy = p.getProperty("%prod.quarkus.http.auth.permission.operations.policy");
    assertThat(p.getProperty("%prod.quarkus.http.auth.policy." + policy + ".roles-allowed"))
        .isEqualTo("operator");
  }

  /** F13: /q/* has a Content-Security-Policy too. */
  @Test
  void frameworkPagesHaveAContentSecurityPolicy() {
    for (String path : List.of("/q/health", "/q/openapi", "/q/swagger-ui/")) {
      Response r = given().get(path);
      assertThat(r.header("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
    }
  }

  private static Properties properties() throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
