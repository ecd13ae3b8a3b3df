package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.foitracker.publication.PublishedCaseFixtures.Spec;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.OwnDatabase;

/**
 * Page links carry the page key of the last (or first) case shown. Walking the log by those links,
 * forward and back, gives exactly the pages that their numbers give, with cases on the same day and
 * cases whose date is not stated (always last) on the boundaries.
 */
@QuarkusTest
@TestProfile(KeysetPagingTest.SmallPages.class)
class KeysetPagingTest {
  /**
   * Pages of 5, in an H2 database of its own (these cases would crowd the shared one's feed), also
   * in the PostgreSQL tier: the keyset queries are the same JPQL on both.
   */
  public static class SmallPages implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return OwnDatabase.named("keyset", Map.of("foi.log.page-size", "5"));
    }
  }

  /** 12 FOIA cases citing s.22A: three pages of 5, several on the same day, three undated. */
  static final String MINE = "/api/cases?provision=FOIA-22A&regime=FOIA";

  static boolean published;

  @Inject PublishedCaseFixtures fixtures;

  @BeforeEach
  void publishOnce() {
    if (published) {
      return;
    }
    for (int i = 1; i <= 12; i++) {
      fixtures.publish(
          new Spec(
              "Research programme " + i,
              Regime.FOIA,
              i <= 3 ? null : LocalDate.of(2019, 3, 1 + i / 3),
              Outcome.REFUSED_EXEMPTION,
              "FOIA-22A",
              "Research question " + i,
              "Research answer " + i));
    }
    published = true;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "&sort=oldest"})
  void linksForwardAndBackGiveThePagesTheirNumbersGive(String sort) {
    List<List<String>> byNumber = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      byNumber.add(slugs(get(MINE + sort + "&page=" + page)));
    }
    assertThat(byNumber.stream().mapToInt(List::size).sum()).isEqualTo(12);

    List<List<String>> forward = new ArrayList<>();
    Response r = get(MINE + sort);
    forward.add(slugs(r));
    while (link(r, "next") != null) {
      assertThat(link(r, "next")).contains("&after=");
      r = get(link(r, "next"));
      forward.add(slugs(r));
    }
    assertThat(forward).isEqualTo(byNumber);

    List<List<String>> back = new ArrayList<>();
    back.add(0, slugs(r));
    while (link(r, "prev") != null) {
      r = get(link(r, "prev"));
      back.add(0, slugs(r));
    }
    assertThat(back).isEqualTo(byNumber);
  }

  private static Response get(String path) {
    Response r = given().urlEncodingEnabled(false).get(path);
    r.then().statusCode(200);
    return r;
  }

  private static List<String> slugs(Response r) {
    return r.jsonPath().getList("slug", String.class);
  }

  private static String link(Response r, String rel) {
    Matcher m = Pattern.compile("<([^>]+)>; rel=\"" + rel + "\"").matcher(r.header("Link"));
    return m.find() ? m.group(1) : null;
  }
}
