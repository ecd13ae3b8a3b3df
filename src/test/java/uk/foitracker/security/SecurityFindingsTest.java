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

  /** F11: the code flow sends a PKCE challenge (S256). */
  @Test
  void theSignInRedirectCarriesAPkceChallenge() {
    Response r = given().redirects().follow(false).get("/officer/requests");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.header("Location"))
        .contains("code_challenge=")
        .contains("code_challenge_method=S256");
  }

  /** F11: nonce, audience, state secret and the public host in production. */
  @Test
  void productionRequiresANonceTheAudienceAndThePublicHost() throws IOException {
    Properties p = properties();
    assertThat(p.getProperty("%prod.quarkus.oidc.authentication.nonce-required")).isEqualTo("true");
    assertThat(p.getProperty("quarkus.oidc.authentication.pkce-required")).isEqualTo("true");
    assertThat(p.getProperty("%prod.quarkus.oidc.token.audience")).isNotBlank();
    assertThat(p.getProperty("%prod.quarkus.oidc.api.token.audience")).isNotBlank();
    assertThat(p.getProperty("%prod.foi.public-base-url")).isEqualTo("${FOI_PUBLIC_BASE_URL}");
    assertThat(p.getProperty("%prod.foi.public-host-only")).isEqualTo("true");
  }

  /** F11: absolute links come from the configured base URL, whatever Host the client sends. */
  @Test
  void absoluteLinksIgnoreTheHostHeader() {
    for (String path : List.of("/cases.csv", "/cases.atom")) {
      String body = given().header("Host", "evil.example").get(path).asString();
      assertThat(body).as(path).doesNotContain("evil.example").contains("http://localhost:8080/");
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
