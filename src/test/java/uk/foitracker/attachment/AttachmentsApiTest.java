package uk.foitracker.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 point 9: a response's files are stored with name, detected type, size and SHA-256,
 * refused by content when not an allowed kind, downloadable by officers, and published only once
 * marked releasable; a spreadsheet hiding content needs confirmation; names are checked for the
 * requester's personal data.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class AttachmentsApiTest {

  /**
   * A real one-page PDF: the release check reads an attachment's text, and refuses a broken one.
   */
  static final byte[] PDF = pdf("Casework figures for 2024");

  private static byte[] pdf(String text) {
    try {
      return AttachmentTextTest.pdf(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String logRequest(String requester) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("regime", "FOIA");
    body.put("receivedOn", LocalDate.now().minusDays(5).toString());
    body.put("channel", "EMAIL");
    body.put("summary", "Casework figures " + Long.toHexString(System.nanoTime()));
    body.put("requesterName", requester);
    body.put("requesterContact", "someone@example.org");
    body.put("requestText", "1. How many cases were opened in 2024?");
    body.put("questions", List.of(Map.of("number", 1, "text", "How many cases in 2024?")));
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("reference");
  }

  /** The file as bearer clients send it: JSON with the content in base64. */
  private static RequestSpecification file(String name, byte[] bytes) {
    return json(Map.of("fileName", name, "content", Base64.getEncoder().encodeToString(bytes)));
  }

  /** A multipart form with the CSRF double-submit token a browser session would carry. */
  private static RequestSpecification multipart(String name, byte[] bytes) {
    String token =
        Base64.getUrlEncoder().withoutPadding().encodeToString("sixteen bytes!!!".getBytes());
    return given()
        .cookie("csrf-token", token)
        .header("X-CSRF-TOKEN", token)
        .multiPart("file", name, bytes, "application/octet-stream");
  }

  private static RequestSpecification json(Object body) {
    return given().contentType(ContentType.JSON).body(body);
  }

  @Test
  void aPdfIsStoredWithItsTypeSizeAndHashAndOfficersDownloadIt() {
    String base = "/api/responses/" + logRequest("Agatha Quennell") + "/attachments";
    file("Casework figures 2024.pdf", PDF)
        .post(base)
        .then()
        .statusCode(201)
        .header("Location", startsWith(base.replace("/attachments", "") + "/attachments/1"))
        .body("number", equalTo(1))
        .body("name", equalTo("Casework figures 2024.pdf"))
        .body("mediaType", equalTo("application/pdf"))
        .body("sizeBytes", equalTo(PDF.length))
        .body("sha256", equalTo(Attachments.sha256(PDF)))
        .body("releasable", equalTo(false))
        .body("hiddenContent", nullValue());
    given().get(base).then().statusCode(200).body("name", hasItem("Casework figures 2024.pdf"));
    byte[] got =
        given()
            .get(base + "/1")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Content-Disposition", containsString("attachment; filename="))
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asByteArray();
    assertThat(got).isEqualTo(PDF);
    given().get(base + "/9").then().statusCode(404);
  }

  @Test
  void aMultipartUploadWithTheFormTokenIsStoredTheSameWay() {
    String base = "/api/responses/" + logRequest("Dmitri Halloran") + "/attachments";
    multipart("figures.pdf", PDF)
        .post(base)
        .then()
        .statusCode(201)
        .body("mediaType", equalTo("application/pdf"))
        .body("sha256", equalTo(Attachments.sha256(PDF)));
  }

  @Test
  void filesAreRefusedByTheirContentNotTheirName() throws IOException {
    String ref = logRequest("Bertram Oyelaran");
    String base = "/api/responses/" + ref + "/attachments";
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    file("figures.pdf", exe)
        .post(base)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"))
        .body("errors[0].message", containsString("is not one of the kinds that can be attached"));
    file("figures.xlsx", zip("notes.txt", "not a workbook"))
        .post(base)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("but its content is not one"));
    file("figures.pdf", "Plain words, not a PDF.".getBytes(StandardCharsets.UTF_8))
        .post(base)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("its name does not end with .txt"));
    file("empty.txt", new byte[0])
        .post(base)
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("The file is empty"));
    byte[] big = new byte[20 * 1024 * 1024 + 1];
    big[0] = '%';
    multipart("big.pdf", big)
        .post(base)
        .then()
        .statusCode(400)
        .body("errors[0].message", startsWith("The file must be smaller than 20.0 MB"));
    file("figures.csv", "Year,Cases\n2024,41\n".getBytes(StandardCharsets.UTF_8))
        .post(base)
        .then()
        .statusCode(201)
        .body("mediaType", equalTo("text/csv"));
    given().get(base).then().body("$", hasSize(1));
  }

  @Test
  void aWorkbookThatHidesContentIsReleasableOnlyWithConfirmation() throws IOException {
    String base = "/api/responses/" + logRequest("Cordelia Marchetti") + "/attachments";
    file("cases.xlsx", hiddenWorkbook())
        .post(base)
        .then()
        .statusCode(201)
        .body(
            "mediaType",
            equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body("hiddenContent", containsString("sheet \"Names\" is hidden"))
        .body("hiddenContent", containsString("1 hidden row on \"Summary\""))
        .body("hiddenContent", containsString("1 hidden column on \"Summary\""));
    json(Map.of("releasable", true))
        .put(base + "/1/releasable")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("hiddenContentConfirmed"));
    given().get(base).then().body("[0].releasable", equalTo(false));
    json(Map.of("releasable", true, "hiddenContentConfirmed", true))
        .put(base + "/1/releasable")
        .then()
        .statusCode(200)
        .body("releasable", equalTo(true))
        .body("hiddenContentConfirmed", equalTo(true));
  }

  @Test
  void onlyReleasableAttachmentsArePublishedAndTheirNamesAreChecked() {
    String ref = logRequest("Yolanda Brackenridge");
    String response = "/api/responses/" + ref;
    String base = response + "/attachments";
    file("Casework 2024.pdf", PDF).post(base).then().statusCode(201);
    file("Internal notes.txt", "internal".getBytes(StandardCharsets.UTF_8))
        .post(base)
        .then()
        .statusCode(201);
    file("Letter to Brackenridge.pdf", PDF).post(base).then().statusCode(201);
    json(Map.of("releasable", true)).put(base + "/1/releasable").then().statusCode(200);
    json(Map.of("releasable", true)).put(base + "/3/releasable").then().statusCode(200);

    json(Map.of("questions", List.of(1), "paragraphs", List.of("41 cases; see the attached PDF.")))
        .post(response + "/answers")
        .then()
        .statusCode(200);
    json(Map.of("outcome", "PROVIDED_IN_FULL"))
        .put(response + "/questions/1/outcome")
        .then()
        .statusCode(204);
    json(Map.of("sentOn", LocalDate.now().toString()))
        .post(response + "/send")
        .then()
        .statusCode(200);
    String slug = "casework-" + ref.toLowerCase().replaceAll("[^a-z0-9]", "");
    json(Map.of("slug", slug))
        .post(response + "/publish")
        .then()
        .statusCode(400)
        .body(
            "errors.message",
            hasItem(containsString("the requester's name from attachments[1].name")));

    json(Map.of("releasable", false)).put(base + "/3/releasable").then().statusCode(200);
    json(Map.of("slug", slug)).post(response + "/publish").then().statusCode(200);
    given()
        .get("/api/cases/" + slug)
        .then()
        .statusCode(200)
        .body("attachments", hasSize(1))
        .body("attachments[0].number", equalTo(1))
        .body("attachments[0].name", equalTo("Casework 2024.pdf"))
        .body("attachments[0].mediaType", equalTo("application/pdf"))
        .body("attachments[0].sizeBytes", equalTo(PDF.length))
        .body("attachments[0].sha256", equalTo(Attachments.sha256(PDF)))
        .body("attachments[0].href", equalTo("/cases/" + slug + "/attachments/1"));
    byte[] published =
        given()
            .get("/cases/" + slug + "/attachments/1")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertThat(published).isEqualTo(PDF);
    given().get("/cases/" + slug + "/attachments/2").then().statusCode(404);
    given().get("/cases/" + slug + "/attachments/3").then().statusCode(404);
    String page = given().get("/cases/" + slug).then().statusCode(200).extract().asString();
    assertThat(page)
        .contains("Casework 2024.pdf", Attachments.sha256(PDF), "/cases/" + slug + "/attachments/1")
        .doesNotContain("Internal notes.txt");
  }

  static byte[] zip(String entry, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** A summary sheet with a hidden row and column, and a hidden sheet of names behind it. */
  static byte[] hiddenWorkbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet summary = wb.createSheet("Summary");
      summary.createRow(0).createCell(0).setCellValue("Cases");
      summary.getRow(0).createCell(1).setCellValue("Officer");
      summary.createRow(1).createCell(0).setCellValue(41);
      summary.getRow(1).setZeroHeight(true);
      summary.setColumnHidden(1, true);
      wb.createSheet("Names").createRow(0).createCell(0).setCellValue("A. Person");
      wb.setSheetHidden(1, true);
      wb.write(out);
      return out.toByteArray();
    }
  }
}
