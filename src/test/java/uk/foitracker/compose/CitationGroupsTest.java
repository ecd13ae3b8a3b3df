package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.foitracker.citation.Provision;
import uk.foitracker.rules.ProvisionClass;

/**
 * Issue 17 points 2, 3 and 10: a citation covers a set of questions, the catalogue at subsection
 * level knows absolute, qualified and NCND provisions, precedents are linked, and the public page
 * and JSON show every citation once with its questions, reasons and public interest test. Entered
 * from the real Sheffield letters in {@code ../shared/examples} (05: s.43(2); 06: EIR reg 12(5)(e);
 * 03: s.21 and s.12; 07: s.14(1)).
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class CitationGroupsTest {
  static final String REQUESTER = "Ottoline Quarrendon";

  static final String S43_REASONS =
      "The information is exempt from disclosure under section 43(2) of the Freedom of Information"
          + " Act 2000 on the grounds that disclosure of this information would prejudice the"
          + " commercial interests of the contractor. The contractor's rates are not available on"
          + " the open market and disclosure of this information would provide an unfair advantage"
          + " to competitors.";
  static final String S43_FOR =
      "Factors in favour of disclosure are that disclosure promotes openness and transparency.";
  static final String S43_AGAINST =
      "Factors in favour of maintaining the exemption are that there is a public interest in"
          + " allowing public authorities to withhold information which, if disclosed, would reduce"
          + " its contractors' ability to negotiate or compete in a commercial environment.";
  static final String S43_BALANCE =
      "On balance, the Council believes that the public interest lies in maintaining the"
          + " exemption.";

  /** Letter 05: s.43(2) once for questions 1, 2, 5 and 6 ("S43 as above"), once for 10 and 11. */
  @Test
  void sheffield05CommercialInterestsOnceForFourQuestions() {
    List<String> questions = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      questions.add("Drupal CMS question " + i + " as the requester asked it.");
    }
    String ref = log("FOIA", "LocalGov Drupal CMS platform", questions);
    String base = "/api/responses/" + ref;

    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("provision", "FOIA-43-2");
    cite.put("questions", List.of(1, 2, 5, 6));
    cite.put("reasons", S43_REASONS);
    cite.put(
        "publicInterest",
        Map.of("for", S43_FOR, "against", S43_AGAINST, "conclusion", S43_BALANCE));
    int first = post(base + "/citations", cite).extract().path("position");
    assertThat(first).isEqualTo(1);

    Map<String, Object> full = new LinkedHashMap<>();
    full.put("provision", "FOIA-43-2");
    full.put("questions", List.of(10, 11));
    full.put(
        "reasons",
        "Section 43 provides information is exempt if its disclosure would, or would likely to,"
            + " prejudice the commercial interests of any person (which includes a company).\n"
            + "The disclosure of this information may prejudice the company's commercial interests"
            + " as it would reveal information about the price they are willing to accept.");
    full.put("role", "EXEMPTION");
    full.put(
        "publicInterestFor", "There is always interest in the way public authorities spend money.");
    full.put("publicInterestAgainst", "The tender process is a critical process.");
    full.put(
        "publicInterestConclusion",
        "We believe the public interest in maintaining the exemption outweighs the interest in"
            + " disclosing the information.");
    full.put("precedents", List.of("fs50123456", "IC-123456-A1B2", "EA/2019/0123"));
    assertThat((int) post(base + "/citations", full).extract().path("position")).isEqualTo(2);

    // the officer's view: each citation once, with its position and questions
    JsonPath draft = given().get(base).then().statusCode(200).extract().jsonPath();
    assertThat(draft.getList("citations.position", Integer.class)).containsExactly(1, 2);
    assertThat(draft.getList("citations[0].questions", Integer.class)).containsExactly(1, 2, 5, 6);
    // the refusal notice groups by citation too
    assertThat(draft.getList("notice.grounds.questions", String.class))
        .contains("1, 2, 5 and 6", "10 and 11");

    answerAll(base, 11, List.of(1, 2, 5, 6, 11), List.of(10));
    String slug = sendAndPublish(base, ref);

    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    assertThat(c.getList("citations.provision")).containsExactly("FOIA-43-2", "FOIA-43-2");
    assertThat(c.getList("citations[0].questions", Integer.class)).containsExactly(1, 2, 5, 6);
    assertThat(c.getString("citations[0].reference")).isEqualTo("s.43(2)");
    assertThat(c.getString("citations[0].reasons")).isEqualTo(S43_REASONS);
    assertThat(c.getString("citations[0].publicInterest.for")).isEqualTo(S43_FOR);
    assertThat(c.getString("citations[0].publicInterest.against")).isEqualTo(S43_AGAINST);
    assertThat(c.getString("citations[0].publicInterest.conclusion")).isEqualTo(S43_BALANCE);
    assertThat(c.getBoolean("citations[0].absolute")).isFalse();
    assertThat(c.getBoolean("citations[0].ncnd")).isFalse();
    assertThat(c.getString("citations[0].role")).isEqualTo("EXEMPTION");
    assertThat(c.getList("citations[1].questions", Integer.class)).containsExactly(10, 11);
    assertThat(c.getList("citations[1].precedents.reference"))
        .containsExactly("FS50123456", "IC-123456-A1B2", "EA/2019/0123");
    assertThat(c.getList("citations[1].precedents.kind"))
        .containsExactly("ICO_DECISION_NOTICE", "ICO_DECISION_NOTICE", "TRIBUNAL_APPEAL");
    // the per-question provisions stay
    assertThat(c.getList("questions[4].provisions.reference")).containsExactly("s.43(2)");
    assertThat(c.getList("questions[2].provisions")).isEmpty();

    Document page =
        Jsoup.parse(given().get("/cases/" + slug).then().statusCode(200).extract().asString());
    List<Element> sections = page.select("section[data-citation=FOIA-43-2]");
    assertThat(sections).hasSize(2);
    assertThat(sections.get(0).select("[data-questions]").attr("data-questions"))
        .isEqualTo("1,2,5,6");
    assertThat(sections.get(0).text())
        .contains("Questions 1, 2, 5 and 6")
        .contains("prejudice the commercial interests of the contractor")
        .contains(S43_FOR)
        .contains(S43_AGAINST)
        .contains(S43_BALANCE);
    assertThat(sections.get(1).select("p").eachText())
        .contains(
            "The disclosure of this information may prejudice the company's commercial"
                + " interests as it would reveal information about the price they are willing to accept.");
    assertThat(sections.get(1).select("[data-precedent=IC-123456-A1B2] a").attr("href"))
        .isEqualTo(
            "https://ico.org.uk/action-weve-taken/decision-notices/?facet_type=&facet_sector="
                + "&facet_date=&date_from=&date_to=&query=IC-123456-A1B2");
    assertThat(sections.get(1).select("[data-precedent=EA/2019/0123] a").attr("href"))
        .isEqualTo("https://informationrights.decisions.tribunals.gov.uk/");
    assertThat(page.text()).doesNotContain("Quarrendon");
  }

  /** Letter 06: EIR reg 12(5)(e) with its public interest test; reg 12(1)(b) and 12(2) cited. */
  @Test
  void sheffield06EirCommercialConfidentiality() {
    List<String> questions = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      questions.add("Carriageway repairs question " + i + ".");
    }
    String ref = log("EIR", "Carriageway repairs", questions);
    String base = "/api/responses/" + ref;
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("provision", "EIR-12-5-e");
    cite.put("questions", List.of(5));
    cite.put(
        "reasons",
        "(1) The information is commercial because Amey Hallam Highways Ltd is trading company"
            + " operating for profit.\n(2) The information is subject to confidentiality provided"
            + " by law.");
    cite.put(
        "publicInterest",
        Map.of(
            "for", "The public interest in disclosure is transparency and accountability.",
            "against", "The harm to the commercial interests of Amey Hallam Highways Ltd.",
            "conclusion",
                "The public interest in maintaining the exception outweighs the public interest"
                    + " in disclosure."));
    post(base + "/citations", cite);
    // a FOIA provision on an EIR request is refused
    Map<String, Object> foia = new LinkedHashMap<>(cite);
    foia.put("provision", "FOIA-43-2");
    post(base + "/citations", foia, 400).body("errors.field", hasItem("provision"));
    // the public interest test is required for an EIR exception
    Map<String, Object> bare = new LinkedHashMap<>(cite);
    bare.remove("publicInterest");
    post(base + "/citations", bare, 400)
        .body("errors.message", hasItem(containsString("reg 12(1)(b)")));
    post(
        base + "/citations",
        Map.of(
            "provision",
            "EIR-12-2",
            "questions",
            List.of(5),
            "reasons",
            "Regulation 12(2) of the EIR requires a presumption in favour of disclosure."));

    answerAll(base, 10, List.of(5), List.of());
    String slug = sendAndPublish(base, ref);
    JsonPath c = given().get("/api/cases/" + slug).then().statusCode(200).extract().jsonPath();
    assertThat(c.getList("citations.reference")).containsExactly("reg 12(5)(e)", "reg 12(2)");
    assertThat(c.getString("citations[0].publicInterest.for"))
        .isEqualTo("The public interest in disclosure is transparency and accountability.");
    assertThat(c.getString("citations[1].publicInterest")).isNull();
    assertThat(c.getString("citations[1].role")).isEqualTo("PROCEDURE");
  }

  /**
   * Letter 03: s.21 (absolute) for two groups of five questions, s.12 for a third group. A public
   * interest test on s.21 is refused with the reason, and nothing is saved.
   */
  @Test
  void sheffield03AbsoluteExemptionHasNoPublicInterestTest() {
    List<String> questions = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      questions.add("FOI statistics question " + i + ".");
    }
    String ref = log("FOIA", "FOI statistics", questions);
    String base = "/api/responses/" + ref;
    Map<String, Object> s21 = new LinkedHashMap<>();
    s21.put("provision", "FOIA-21");
    s21.put("questions", List.of(1, 2, 3, 4, 5));
    s21.put(
        "reasons",
        "As this is information, which is accessible to the applicant by other means, it is"
            + " exempt from disclosure under section 21 of the Freedom of Information Act 2000.");
    s21.put("publicInterest", Map.of("for", "Transparency.", "against", "-", "conclusion", "-"));
    post(base + "/citations", s21, 400)
        .body("errors.field", hasItem("publicInterestFor"))
        .body(
            "errors.message",
            hasItem(
                "s.21 is an absolute exemption (FOIA s.2(3)(a)): there is no public interest"
                    + " test. Remove the public interest arguments"));
    // the same on the per-question endpoint
    post(
            base + "/questions/1/citations",
            Map.of(
                "provision", "FOIA-21",
                "reasons", "Accessible by other means.",
                "publicInterestFor", "Transparency."),
            400)
        .body("errors.field", hasItem("publicInterestFor"));
    assertThat(given().get(base).then().extract().jsonPath().getList("citations")).isEmpty();

    s21.remove("publicInterest");
    post(base + "/citations", s21);
    s21.put("questions", List.of(12, 13, 14, 15, 16));
    post(base + "/citations", s21);
    post(
        base + "/citations",
        Map.of(
            "provision",
            "FOIA-12",
            "questions",
            List.of(7, 8, 9, 10, 11),
            "reasons",
            "We estimate that we would need to search over 2000 records and that it would take 2"
                + " minutes to search each record."));
    post(
            base + "/citations",
            Map.of(
                "provision",
                "FOIA-12",
                "questions",
                List.of(7),
                "reasons",
                "x",
                "role",
                "EXEMPTION"),
            400)
        .body("errors.field", hasItem("role"));
    // a question not in the request, and an unreadable precedent, are refused together
    post(
            base + "/citations",
            Map.of(
                "provision",
                "FOIA-21",
                "questions",
                List.of(22),
                "reasons",
                "x",
                "precedents",
                List.of("the Dransfield case")),
            400)
        .body("errors.field", hasItem("questions"))
        .body("errors.field", hasItem("precedents"));

    JsonPath draft = given().get(base).then().extract().jsonPath();
    assertThat(draft.getList("citations.reference")).containsExactly("s.21", "s.21", "s.12");
    assertThat(draft.getList("citations[1].questions", Integer.class))
        .containsExactly(12, 13, 14, 15, 16);
    assertThat(draft.getBoolean("preview.citations[0].absolute")).isTrue();
    assertThat(draft.getString("preview.citations[0].publicInterest")).isNull();

    // removing one question's row leaves the citation on the others
    given().delete(base + "/questions/3/citations/1").then().statusCode(204);
    assertThat(
            given()
                .get(base)
                .then()
                .extract()
                .jsonPath()
                .getList("citations[0].questions", Integer.class))
        .containsExactly(1, 2, 4, 5);
    // removing the citation removes it from every question
    given().delete(base + "/citations/2").then().statusCode(204);
    JsonPath after = given().get(base).then().extract().jsonPath();
    assertThat(after.getList("citations.position", Integer.class)).containsExactly(1, 3);
    assertThat(after.getList("preview.questions[12].provisions")).isEmpty();
    given().delete(base + "/citations/2").then().statusCode(404);
  }

  /** Letter 07: s.14(1) for the whole request; NCND provisions say which duty they exclude. */
  @Test
  void sheffield07VexatiousAndNcnd() {
    String ref =
        log(
            "FOIA",
            "Go Local bids",
            List.of("Bids submitted for the Go Local funding initiative.", "Who decided them?"));
    String base = "/api/responses/" + ref;
    post(
        base + "/citations",
        Map.of(
            "provision",
            "FOIA-14-1",
            "questions",
            List.of(1, 2),
            "reasons",
            "This request for information is exempt from disclosure under Section 14 of the"
                + " Freedom of Information Act 2000 as it is deemed to be vexatious."));
    post(
        base + "/citations",
        Map.of(
            "provision",
            "FOIA-43-3",
            "questions",
            List.of(2),
            "reasons",
            "Confirming or denying would prejudice the commercial interests of the bidders.",
            "publicInterest",
            Map.of("for", "Openness.", "against", "Fair competition.", "conclusion", "Maintain.")));
    JsonPath draft = given().get(base).then().extract().jsonPath();
    assertThat(draft.getList("citations[0].questions", Integer.class)).containsExactly(1, 2);
    assertThat(draft.getString("citations[0].role")).isEqualTo("EXEMPTION");
    assertThat(draft.getBoolean("preview.citations[1].ncnd")).isTrue();
    assertThat(draft.getString("preview.citations[1].excludedDuty")).isEqualTo("s.1(1)(a)");
    String page =
        given()
            .get("/officer/requests/" + ref + "/response/citations")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Document d = Jsoup.parse(page);
    assertThat(d.select("#cite-form input[name=questions]")).hasSize(2);
    assertThat(d.select("#citation-list li").get(1).text())
        .contains("s.43(3)")
        .contains("Question 2");
    assertThat(d.select("#cite-provision option[value=FOIA-43-3]").text())
        .contains("neither confirm nor deny");

    // an NCND answer cites the provision that removes the duty to confirm or deny: question 1
    // cites only s.14(1), question 2 s.43(3)
    answerAll(base, 2, List.of(), List.of());
    for (int n = 1; n <= 2; n++) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("outcome", "NEITHER_CONFIRM_NOR_DENY"))
          .put(base + "/questions/" + n + "/outcome")
          .then()
          .statusCode(204);
    }
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reviewProcedure", "Ask for an internal review.",
                "complaintRights", "Complain to the Information Commissioner."))
        .put(base + "/notice")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", LocalDate.now().toString()))
        .post(base + "/send")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("questions[1].outcome"))
        .body("errors.field", not(hasItem("questions[2].outcome")))
        .body("errors.message", hasItem(containsString("neither confirm nor deny")));
  }

  /** Every provision of the catalogue (V2, V7, V13) agrees with the rules' classification. */
  @Test
  @TestTransaction
  void theCatalogueAgreesWithTheRules() {
    List<Provision> all = Provision.listAll();
    assertThat(all).extracting(p -> p.code).contains("FOIA-43-2", "FOIA-40-5B-a-i", "EIR-12-6");
    for (Provision p : all) {
      ProvisionClass c = p.classification();
      if (c.exemptionKind() != null) {
        assertThat(p.kind).as(p.code).isEqualTo(c.exemptionKind());
      } else {
        assertThat(p.kind.isExemption()).as(p.code).isFalse();
      }
      assertThat(p.ncnd).as(p.code).isEqualTo(c.ncnd());
      assertThat(p.excludedDuty).as(p.code).isEqualTo(c.excludedDuty());
    }
  }

  /** The publish check covers the new texts: a requester's name in a public interest argument. */
  @Test
  void requesterNameInPublicInterestBlocksPublishing() {
    String ref = log("FOIA", "Contract rates", List.of("What are the contract rates?"));
    String base = "/api/responses/" + ref;
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("provision", "FOIA-43-2");
    cite.put("questions", List.of(1));
    cite.put("reasons", "Prejudice to the contractor.");
    cite.put(
        "publicInterest",
        Map.of(
            "for",
            "Ottoline Quarrendon argues for transparency.",
            "against",
            "Competition.",
            "conclusion",
            "Maintain."));
    post(base + "/citations", cite);
    answerAll(base, 1, List.of(1), List.of());
    send(base);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", "contract-rates-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "")))
        .post(base + "/publish")
        .then()
        .statusCode(400)
        .body("errors.message", hasItem(containsString("citations[0].publicInterest.for")));
  }

  private static String log(String regime, String title, List<String> questions) {
    List<Map<String, Object>> numbered = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      numbered.add(Map.of("number", i + 1, "text", questions.get(i)));
      text.append(i + 1).append(". ").append(questions.get(i)).append("\n");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", regime);
    body.put("receivedOn", LocalDate.now().minusDays(5).toString());
    body.put("channel", "EMAIL");
    body.put("summary", title);
    body.put("requesterName", REQUESTER);
    body.put("requesterContact", "ottoline.q@example.org");
    body.put("requestText", text.toString().strip());
    body.put("questions", numbered);
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  private static ValidatableResponse post(String path, Object body) {
    return post(path, body, 200);
  }

  private static ValidatableResponse post(String path, Object body, int status) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(status);
  }

  /** One answer for each question; refused ones say so, as the letters' "S43 as above". */
  private static void answerAll(String base, int count, List<Integer> refused, List<Integer> part) {
    for (int n = 1; n <= count; n++) {
      post(
          base + "/answers",
          Map.of(
              "questions",
              List.of(n),
              "paragraphs",
              List.of(refused.contains(n) ? "S43 as above." : "Answer " + n + " as sent.")));
      String outcome =
          refused.contains(n)
              ? "REFUSED_EXEMPTION"
              : part.contains(n) ? "PROVIDED_IN_PART" : "PROVIDED_IN_FULL";
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("outcome", outcome))
          .put(base + "/questions/" + n + "/outcome")
          .then()
          .statusCode(204);
    }
  }

  private static void send(String base) {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reviewProcedure",
                "You can ask for an internal review by replying to this email.",
                "complaintRights",
                "You can contact the Information Commissioner's Office."))
        .put(base + "/notice")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("sentOn", LocalDate.now().toString(), "acknowledgeIncomplete", true))
        .post(base + "/send")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
  }

  private static String sendAndPublish(String base, String ref) {
    send(base);
    String slug = "citations-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("slug", slug))
        .post(base + "/publish")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    return slug;
  }
}
