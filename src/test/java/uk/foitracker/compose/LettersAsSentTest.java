package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;

/**
 * Letters as an authority sends them (issue 20, item 4): the authority's letter settings through
 * the API and the officer's page, the refusal notice that starts from them, the response and
 * acknowledgement letters under the letterhead with the symbol key and the sign-off, and both PDFs
 * tagged for PDF/UA (read back with PDFBox: marked, a structure tree, the language, the title
 * shown, every font embedded).
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class LettersAsSentTest {
  static final String SETTINGS = "/api/authority/settings";
  static final String REVIEW =
      "If you are unhappy with this response you may ask for an internal review within 40 working"
          + " days by writing to foi@example.gov.uk.";
  static final String COMPLAINT =
      "If you remain dissatisfied after the internal review you may complain to the Information"
          + " Commissioner's Office under section 50 of the Act.";

  @Test
  void settingsLetterheadSymbolKeyAndSignOffReachTheLetters() throws Exception {
    long audited = audited();
    Map<String, Object> settings = settings();
    given()
        .contentType(ContentType.JSON)
        .body(settings)
        .put(SETTINGS)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("letterheadName", equalTo("Northshire County Council"))
        .body("logoMediaType", equalTo("image/png"))
        .body("symbolKey.symbol", hasItems("-", "<5", "[c]", ""));
    assertThat(audited()).isEqualTo(audited + 1);
    given()
        .get(SETTINGS)
        .then()
        .statusCode(200)
        .body("postalAddress", equalTo(List.of("County Hall", "Northtown", "NT1 1AA")))
        .body("signatory", equalTo("Information Governance Team"))
        .body("reviewProcedure", equalTo(REVIEW));

    // a request with a table that uses "<5" and "-", refused in part under s.12
    String ref =
        ApiRequests.log(
            "Letters as sent " + System.nanoTime(),
            null,
            List.of("How many complaints each year?", "Copies of every complaint."),
            null,
            LocalDate.of(2023, 4, 28),
            "Ada Requester",
            "ada@example.org");
    String base = "/api/responses/" + ref;
    int position =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("questions", List.of(1), "paragraphs", List.of("The figures are below.")))
            .post(base + "/answers")
            .then()
            .statusCode(200)
            .extract()
            .path("position");
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("caption", "Complaints by year");
    table.put("headerRows", 1);
    table.put("cells", "Year\tComplaints\n2021\t12\n2022\t<5\n2023\t-");
    table.put("notHeldConfirmed", true);
    given()
        .contentType(ContentType.JSON)
        .body(table)
        .post(base + "/answers/" + position + "/tables")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "provision",
                "FOIA-12",
                "reasons",
                "Finding every complaint would take more than 18 hours."))
        .post(base + "/questions/2/citations")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);

    // the notice section starts from the standard paragraphs
    Document compose =
        Jsoup.parse(given().get("/officer/requests/" + ref + "/response/notice").asString());
    assertThat(compose.select("#notice-reviewProcedure").text()).isEqualTo(REVIEW);
    assertThat(compose.select("#notice-complaintRights").text()).isEqualTo(COMPLAINT);
    // saved as it stands, the notice carries them into the letter
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reviewProcedure", REVIEW, "complaintRights", COMPLAINT))
        .put(base + "/notice")
        .then()
        .statusCode(200);

    String html =
        given()
            .get("/officer/requests/" + ref + "/response/letter")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Document letter = Jsoup.parse(html);
    assertThat(letter.select(".letterhead-name").text()).isEqualTo("Northshire County Council");
    assertThat(letter.select(".letterhead-address").text()).contains("County Hall", "NT1 1AA");
    assertThat(letter.select(".letterhead img").attr("alt")).isEqualTo("Northshire County Council");
    assertThat(letter.select(".letterhead img").attr("src")).startsWith("data:image/png;base64,");
    assertThat(letter.select(".greeting").text()).isEqualTo("Dear Ada Requester,");
    List<String> keys = letter.select(".table-key").eachText();
    assertThat(keys)
        .contains("\u201c<5\u201d: fewer than five", "\u201c-\u201d: not held")
        .noneMatch(k -> k.contains("[c]"))
        .noneMatch(k -> k.contains("blank cell: nil"));
    assertThat(letter.select(".sign-off").text())
        .contains("Yours sincerely,", "Information Governance Team", "Northshire County Council");
    assertThat(letter.text()).contains(REVIEW, COMPLAINT, "Re-use under our licence.");

    byte[] pdf =
        given()
            .get("/officer/requests/" + ref + "/response/letter.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertTagged(pdf, "Response " + ref);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Northshire County Council", "Yours sincerely", "fewer than five", "<5");
    }

    // the acknowledgement: reference, received date, due date with the working; no access code
    // can be shown for a request logged through the API (the service keeps only its hash)
    Document ack =
        Jsoup.parse(
            given()
                .get("/officer/requests/" + ref + "/acknowledgement")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString());
    assertThat(ack.select("#reference").text()).isEqualTo(ref);
    assertThat(ack.select("#received").text()).isEqualTo("28 April 2023");
    assertThat(ack.select("#due").text()).isEqualTo("Wednesday 31 May 2023");
    assertThat(ack.select("#working tbody tr")).hasSizeGreaterThan(20);
    assertThat(ack.select("#working").text()).contains("Not counted");
    assertThat(ack.select("#access-code").text()).isEqualTo("Not stated");
    assertThat(ack.select(".letterhead-name").text()).isEqualTo("Northshire County Council");
    assertThat(ack.select(".sign-off").text()).contains("Information Governance Team");
    byte[] ackPdf =
        given()
            .get("/officer/requests/" + ref + "/acknowledgement.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertTagged(ackPdf, "Acknowledgement " + ref);
    given().get("/officer/requests/FOI-2099-99999/acknowledgement").then().statusCode(404);
  }

  @Test
  void badSettingsAreRefusedWholeWithProblemsAndNothingIsSaved() throws Exception {
    given().contentType(ContentType.JSON).body(settings()).put(SETTINGS).then().statusCode(200);
    long audited = audited();
    Map<String, Object> bad = new LinkedHashMap<>(settings());
    bad.put("letterheadName", "A changed name");
    bad.put("signatory", "x".repeat(201));
    bad.put("logo", Base64.getEncoder().encodeToString("GIF89a not an image".getBytes()));
    bad.put(
        "symbolKey",
        List.of(
            Map.of("symbol", "<5", "meaning", "one"), Map.of("symbol", "<5", "meaning", "two")));
    given()
        .contentType(ContentType.JSON)
        .body(bad)
        .put(SETTINGS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("signatory", "logo", "symbolKey"));
    given()
        .get(SETTINGS)
        .then()
        .body("letterheadName", equalTo("Northshire County Council"))
        .body("logoMediaType", equalTo("image/png"));
    assertThat(audited()).isEqualTo(audited);
  }

  @Test
  void theSettingsPagePostsRedirectsAndShowsErrorsOrASuccessBanner() throws Exception {
    Response open = given().get("/officer/settings");
    assertThat(open.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(open.asString());
    assertThat(page.select("h1").text()).isEqualTo("Letter settings");
    for (String field :
        List.of(
            "letterheadName",
            "postalAddress",
            "signatory",
            "reviewProcedure",
            "complaintRights",
            "reuseLicence",
            "symbolKey",
            "logo")) {
      assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
    }
    String cookie = open.getCookie("csrf-token");
    String token = page.select("input[name=csrf-token]").val();

    // a symbol key line without "=" and a text file as the logo: the error summary, nothing saved
    Response refused =
        given()
            .redirects()
            .follow(false)
            .cookie("csrf-token", cookie)
            .multiPart("csrf-token", token)
            .multiPart("letterheadName", "Typed but refused")
            .multiPart("symbolKey", "<5 fewer than five")
            .multiPart("logo", "logo.png", "not a picture".getBytes(), "image/png")
            .post("/officer/settings");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document errors = Jsoup.parse(refused.asString());
    assertThat(errors.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#symbolKey", "#logo");
    assertThat(errors.select("#letterheadName").val()).isEqualTo("Typed but refused");
    assertThat(errors.title()).startsWith("Error:");
    assertThat(given().get(SETTINGS).then().extract().<String>path("letterheadName"))
        .isNotEqualTo("Typed but refused");

    Response saved =
        given()
            .redirects()
            .follow(false)
            .cookie("csrf-token", cookie)
            .multiPart("csrf-token", token)
            .multiPart("letterheadName", "Southshire District Council")
            .multiPart("postalAddress", "Civic Centre\nSouthtown")
            .multiPart("signatory", "FOI Officer")
            .multiPart("symbolKey", "<5 = fewer than five\n(blank) = nil return")
            .multiPart("logo", "logo.png", png(), "image/png")
            .post("/officer/settings");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.header("Location")).endsWith("/officer/settings?saved=yes");
    Document after = Jsoup.parse(given().get("/officer/settings?saved=yes").asString());
    assertThat(after.select("#settings-saved").text()).contains("Letter settings saved");
    assertThat(after.select("#letterheadName").val()).isEqualTo("Southshire District Council");
    assertThat(after.select("#symbolKey").text()).contains("<5 = fewer than five");
    assertThat(after.select("#symbolKey").text()).contains("(blank) = nil return");
    assertThat(after.select("#current-logo")).hasSize(1);
    given()
        .get(SETTINGS)
        .then()
        .body("postalAddress", equalTo(List.of("Civic Centre", "Southtown")))
        .body("reviewProcedure", equalTo(null));
  }

  /** Other tests read the letters of the installation's authority as they were: clear them. */
  @AfterEach
  void clearSettings() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("removeLogo", true))
        .put(SETTINGS)
        .then()
        .statusCode(200);
  }

  static Map<String, Object> settings() throws IOException {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("letterheadName", "Northshire County Council");
    s.put("postalAddress", List.of("County Hall", "Northtown", "NT1 1AA"));
    s.put("signatory", "Information Governance Team");
    s.put("reviewProcedure", REVIEW);
    s.put("complaintRights", COMPLAINT);
    s.put("reuseLicence", "Re-use under our licence.");
    s.put(
        "symbolKey",
        List.of(
            Map.of("symbol", "-", "meaning", "not held"),
            Map.of("symbol", "<5", "meaning", "fewer than five"),
            Map.of("symbol", "[c]", "meaning", "confidential"),
            Map.of("symbol", "", "meaning", "nil return")));
    s.put("logo", Base64.getEncoder().encodeToString(png()));
    return s;
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, Color.BLUE.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static long audited() {
    return QuarkusTransaction.requiringNew()
        .call(() -> AuditEvent.count("action", "AUTHORITY_SETTINGS_SET"));
  }

  /** PDF/UA as PDFBox reads it: marked, tagged, language, title shown, every font embedded. */
  static void assertTagged(byte[] pdf, String titleStart) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
      assertThat(catalog.getLanguage()).as("/Lang").isEqualTo("en-GB");
      assertThat(document.getDocumentInformation().getTitle()).startsWith(titleStart);
      assertThat(document.getDocumentInformation().getSubject()).as("description").isNotBlank();
      assertThat(catalog.getViewerPreferences()).as("ViewerPreferences").isNotNull();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
      assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
      assertThat(catalog.getOutputIntents()).as("PDF/A output intent").isNotEmpty();
      String xmp = new String(catalog.getMetadata().toByteArray(), "UTF-8");
      assertThat(xmp).contains("dc:title").contains(titleStart).contains("pdfuaid:part");
      PDStructureTreeRoot root = catalog.getStructureTreeRoot();
      assertThat(root).as("StructTreeRoot").isNotNull();
      Set<String> types = new LinkedHashSet<>();
      collect(root, types);
      assertThat(types).contains("Document", "H1", "P", "Table", "TR", "TH", "TD");
      List<String> unembedded = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          if (!font.isEmbedded()) {
            unembedded.add(font.getName());
          }
        }
      }
      assertThat(unembedded).as("fonts not embedded").isEmpty();
    }
  }

  private static void collect(PDStructureNode node, Set<String> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        types.add(e.getStructureType());
        collect(e, types);
      }
    }
  }
}
