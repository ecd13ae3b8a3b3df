package uk.foitracker.compose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.ResponsePageTest.Page;

/**
 * The attachment forms on the compose page, as a browser drives them: upload (GOV.UK file upload),
 * a refused file shown with the error summary, marking releasable, and a workbook with a hidden
 * sheet refused until its hidden content is confirmed.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class AttachmentFormsTest {

  @Test
  void uploadRefuseAndMarkReleasableOnTheComposePage() throws IOException {
    String ref =
        ApiRequests.log(
            "Attachments " + UUID.randomUUID().toString().substring(0, 6),
            null,
            List.of("How many cases were opened in 2024?"),
            null,
            LocalDate.now().minusDays(3),
            "Ottoline Brackenbury",
            "ottoline@example.org");
    String base = "/officer/requests/" + ref + "/response";
    Page p = Page.open(base + "/answers");
    assertThat(p.doc().select("#attachments").text()).isEqualTo("Attachments");
    assertThat(p.doc().select("#attachment-form input[type=file]#file").attr("accept"))
        .contains(".pdf", ".xlsx", ".csv");

    Response refused =
        p.multipart()
            .multiPart("file", "figures.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))
            .post(base + "/attachments");
    assertThat(refused.statusCode()).isEqualTo(400);
    Document r = Jsoup.parse(refused.asString());
    assertThat(r.title()).startsWith("Error:");
    assertThat(r.select(".govuk-error-summary a").attr("href")).isEqualTo("#file");
    assertThat(r.select("#file-error").text()).contains("its name does not end with .txt");

    Response saved =
        p.multipart()
            .multiPart("file", "cases.xlsx", hiddenSheet(), "application/octet-stream")
            .post(base + "/attachments");
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.header("Location")).endsWith(base + "/answers?done=attachment#attachment-1");
    Document composed = Page.open(base + "/answers").doc();
    assertThat(composed.select("#attachment-1").text()).contains("cases.xlsx", "Not releasable");
    assertThat(composed.select("#attachment-1-hidden").text())
        .contains("sheet \"Names\" is hidden");
    assertThat(composed.select("[id]").eachAttr("id"))
        .as("ids on the compose page")
        .doesNotHaveDuplicates();

    Response unconfirmed =
        p.form().formParam("releasable", "yes").post(base + "/attachments/1/releasable");
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    Document u = Jsoup.parse(unconfirmed.asString());
    assertThat(u.select(".govuk-error-summary a").attr("href")).isEqualTo("#attachment-1-confirm");
    assertThat(u.select("#attachment-1-confirm-error").text()).contains("hides content");

    p.form()
        .formParam("releasable", "yes")
        .formParam("hiddenContentConfirmed", "yes")
        .post(base + "/attachments/1/releasable")
        .then()
        .statusCode(303);
    assertThat(Page.open(base + "/answers").doc().select("#attachment-1").text())
        .contains("Releasable");
    byte[] download =
        given().get(base + "/attachments/1").then().statusCode(200).extract().asByteArray();
    assertThat(download).isEqualTo(hiddenSheet());
  }

  private static byte[] cached;

  static synchronized byte[] hiddenSheet() throws IOException {
    if (cached == null) {
      try (XSSFWorkbook wb = new XSSFWorkbook();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        wb.createSheet("Cases").createRow(0).createCell(0).setCellValue(41);
        wb.createSheet("Names").createRow(0).createCell(0).setCellValue("A. Person");
        wb.setSheetHidden(1, true);
        wb.write(out);
        cached = out.toByteArray();
      }
    }
    return cached;
  }
}
