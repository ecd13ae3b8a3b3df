package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.List;
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
}
