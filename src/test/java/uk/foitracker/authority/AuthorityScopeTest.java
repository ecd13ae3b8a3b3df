package uk.foitracker.authority;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.authority.AuthoritiesConfig.WithoutClaim;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.AuthorityKind;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Which authority a request is filed under and who may read it: the installation's own authority
 * for a person whose token states none, the one stated in an authority role, the one chosen by a
 * person who holds several (and never one they do not hold), and the authority's reference prefix.
 */
@QuarkusTest
class AuthorityScopeTest {
  static final String OWN = "Leicester City Council";
  static final String TEES = "tees-valley-police";
  static final String WEAR = "wear-valley-council";

  @BeforeEach
  void authorities() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Authority.findOrCreate(OWN);
              if (Authority.findBySlug(TEES).isEmpty()) {
                Authority a = new Authority();
                a.name = "Tees Valley Police";
                a.slug = TEES;
                a.referencePrefix = "TVP";
                a.applyKind(AuthorityKind.POLICE);
                a.persist();
              }
              if (Authority.findBySlug(WEAR).isEmpty()) {
                Authority a = new Authority();
                a.name = "Wear Valley Council";
                a.slug = WEAR;
                a.applyKind(AuthorityKind.COUNCIL);
                a.persist();
              }
            });
  }

  static RequestSpecification json(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  static Map<String, Object> body(String summary) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("channel", "EMAIL");
    body.put("summary", summary + " " + System.nanoTime());
    body.put("receivedOn", LocalDate.now().minusDays(1).toString());
    body.put("requesterName", "Requester");
    body.put("requesterContact", "requester@example.org");
    body.put("requestText", "1. How many?");
    return body;
  }

  private static String log(Map<String, Object> body) {
    return json(body).post("/api/requests").then().statusCode(201).extract().path("reference");
  }

  private static String authorityOf(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findAnyByReference(ref).orElseThrow().authority.slug);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void noClaimBelongsToTheInstallationsOwnAuthority() {
    String ref = log(body("Own authority"));
    assertThat(ref).matches("FOI-\\d{4}-\\d{5}");
    String own =
        QuarkusTransaction.requiringNew().call(() -> Authority.findByName(OWN).orElseThrow().slug);
    assertThat(authorityOf(ref)).isEqualTo(own);
    given().get("/api/requests/" + ref).then().statusCode(200);
  }

  @Test
  @TestSecurity(
      user = "tess",
      roles = {"officer", "authority:" + TEES})
  void anAuthorityRoleFilesUnderThatAuthorityWithItsPrefix() {
    String first = log(body("Tees request"));
    String second = log(body("Tees request"));
    int year = LocalDate.now().minusDays(1).getYear();
    assertThat(first).startsWith("TVP-FOI-" + year + "-");
    assertThat(authorityOf(first)).isEqualTo(TEES);
    // a counter of its own: the next number in the prefix's year
    assertThat(Integer.parseInt(second.substring(second.lastIndexOf('-') + 1)))
        .isEqualTo(Integer.parseInt(first.substring(first.lastIndexOf('-') + 1)) + 1);
    given().get("/api/requests/" + first).then().statusCode(200);
  }

  @Test
  @TestSecurity(
      user = "tess",
      roles = {"officer", "authority:" + TEES})
  void anAuthorityNotHeldIsRefusedAndAnothersRequestIsNotFound() {
    Map<String, Object> body = body("Someone else's");
    body.put("authority", WEAR);
    json(body).post("/api/requests").then().statusCode(400).body(containsString("authority"));
    String leicester =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    FoiRequest.<FoiRequest>find(
                            "authority.name = ?1 and systemReference is not null", OWN)
                        .firstResultOptional()
                        .map(r -> r.systemReference)
                        .orElse(null));
    if (leicester != null) {
      given().get("/api/requests/" + leicester).then().statusCode(404);
      given().get("/api/responses/" + leicester).then().statusCode(404);
    }
  }

  @Test
  @TestSecurity(
      user = "sam",
      roles = {"officer", "authority:" + TEES, "authority:" + WEAR})
  void severalAuthoritiesMustChooseOne() {
    json(body("Which one?"))
        .post("/api/requests")
        .then()
        .statusCode(400)
        .body(containsString("authority"));
    Map<String, Object> wear = body("Wear's");
    wear.put("authority", WEAR);
    String ref = log(wear);
    // Wear Valley Council has no reference prefix: FOI-2026-00042 as before
    assertThat(ref).matches("FOI-\\d{4}-\\d{5}");
    assertThat(authorityOf(ref)).isEqualTo(WEAR);
    Map<String, Object> tees = body("Tees's");
    tees.put("authority", TEES);
    assertThat(log(tees)).startsWith("TVP-FOI-");
  }

  @Test
  @TestSecurity(
      user = "sam",
      roles = {"officer", "authority:" + TEES, "authority:" + WEAR})
  void theLogFormAsksWhichAuthority() {
    given()
        .get("/officer/requests/new")
        .then()
        .statusCode(200)
        .body(containsString("Which authority was the request sent to?"))
        .body(containsString("value=\"" + TEES + "\""));
  }

  @Test
  @TestSecurity(
      user = "rita",
      roles = {"auditor", "authority:*"})
  void anAuditorOfEveryAuthorityReadsAll() {
    String tees =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    FoiRequest.<FoiRequest>find("authority.slug = ?1", TEES)
                        .firstResultOptional()
                        .map(r -> r.systemReference)
                        .orElse(null));
    if (tees != null) {
      given().get("/api/requests/" + tees).then().statusCode(200);
    }
    given().get("/audit/requests?state=ALL").then().statusCode(200);
  }

  @Test
  @TestSecurity(
      user = "sam",
      roles = {"officer", "authority:" + TEES, "authority:" + WEAR})
  void settingsActOnTheChosenAuthorityOfThePersons() {
    // with several and none chosen: the first by name
    given()
        .get("/api/authority/settings")
        .then()
        .statusCode(200)
        .body("authority", equalTo("Tees Valley Police"));
    given()
        .get("/api/authority/settings?authority=" + WEAR)
        .then()
        .statusCode(200)
        .body("authority", equalTo("Wear Valley Council"));
    String own =
        QuarkusTransaction.requiringNew().call(() -> Authority.findByName(OWN).orElseThrow().slug);
    given().get("/api/authority/settings?authority=" + own).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("signatory", "Someone"))
        .put("/api/authority/settings?authority=" + own)
        .then()
        .statusCode(404);
    given()
        .get("/officer/settings?authority=" + WEAR)
        .then()
        .statusCode(200)
        .body(containsString("Wear Valley Council"))
        .body(containsString("name=\"authority\" value=\"" + WEAR + "\""));
  }

  @Test
  void aPrefixedReferenceIsCheckedAsAReferenceOnTheStatusRoute() {
    // a well-formed prefixed reference with a wrong code: not found, not a malformed reference
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reference", "TVP-FOI-2099-99999", "accessCode", "WRONG-CODE"))
        .post("/api/status")
        .then()
        .statusCode(404);
  }

  /**
   * {@code foi.authorities.without-claim=none}: a person with a role but no authority in their
   * identity holds none: no request is listed or found for them, and they cannot log one. (Proved
   * on the scope itself, made with that setting, rather than by starting the app a second time.)
   */
  @Test
  void withoutClaimNoneAPersonWithARoleButNoAuthoritySeesNoRequestAndCannotLogOne() {
    SecurityIdentity nora =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("nora"))
            .addRole("officer")
            .build();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Authority own = Authority.findByName(OWN).orElseThrow();
              assertThat(FoiRequest.count()).as("requests exist to be hidden").isPositive();

              AuthorityScope none = new AuthorityScope(nora, config(WithoutClaim.NONE), OWN);
              assertThat(none.grant().stated()).isFalse();
              assertThat(none.all()).isFalse();
              assertThat(none.covers(own)).isFalse();
              assertThat(none.held()).isEmpty();
              assertThat(none.restrict("r.authority")).isEqualTo(" and 1 = 0");
              assertThat(
                      FoiRequest.getEntityManager()
                          .createQuery(
                              "select count(r) from FoiRequest r where 1 = 1"
                                  + none.restrict("r.authority"),
                              Long.class)
                          .getSingleResult())
                  .as("requests listed for a person holding no authority")
                  .isZero();
              assertThatThrownBy(() -> none.forNewRequest(null))
                  .isInstanceOf(ValidationProblem.class)
                  .satisfies(
                      e ->
                          assertThat(((ValidationProblem) e).errors())
                              .extracting(FieldError::field)
                              .containsExactly("authority"));
              assertThatThrownBy(() -> none.forNewRequest(Authority.slugOf(OWN)))
                  .isInstanceOf(ValidationProblem.class);

              // the same person under "own" belongs to the installation's own authority
              AuthorityScope byDefault = new AuthorityScope(nora, config(WithoutClaim.OWN), OWN);
              assertThat(byDefault.covers(own)).isTrue();
              assertThat(byDefault.forNewRequest(null).name).isEqualTo(OWN);

              // and under "none" an authority role still grants that authority, and only it
              SecurityIdentity tess =
                  QuarkusSecurityIdentity.builder()
                      .setPrincipal(new QuarkusPrincipal("tess"))
                      .addRole("officer")
                      .addRole("authority:" + TEES)
                      .build();
              AuthorityScope stated = new AuthorityScope(tess, config(WithoutClaim.NONE), OWN);
              assertThat(stated.covers(own)).isFalse();
              assertThat(stated.held()).extracting(a -> a.slug).containsExactly(TEES);
              assertThat(stated.forNewRequest(null).slug).isEqualTo(TEES);
            });
  }

  private static AuthoritiesConfig config(WithoutClaim withoutClaim) {
    return new AuthoritiesConfig() {
      @Override
      public Optional<String> file() {
        return Optional.empty();
      }

      @Override
      public String claim() {
        return "foi_authorities";
      }

      @Override
      public String rolePrefix() {
        return "authority:";
      }

      @Override
      public WithoutClaim withoutClaim() {
        return withoutClaim;
      }
    };
  }
}
