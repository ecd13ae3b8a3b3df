package uk.foitracker.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.foitracker.compose.ResponsePageTest.Page;

/**
 * The add-a-table page as an officer uses it for Durham's crime groups (../shared/examples/02):
 * what a blank and a "-" mean, whether the first row is a header, the total rows, the warning when
 * a stated total does not add up, the note under the table, and editing the note afterwards.
 */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class TablePageTest {
  static final String DURHAM_GROUPS =
      "Crime Group / Financial Year\t2019/20\t2020/21\t2021/22\t2022/23\t2023/24\n"
          + "Burglary\t2\t2\t-\t-\t1\n"
          + "Criminal Damage and Arson\t28\t33\t16\t26\t29\n"
          + "Robbery\t-\t-\t-\t2\t-\n"
          + "Total\t30\t35\t16\t28\t30\n";

  private static Document html(Response r) {
    return Jsoup.parse(r.asString());
  }

  @Test
  void theOfficerSaysWhatBlanksAndDashesMeanAndIsToldOfATotalThatDoesNotAddUp() {
    String ref =
        ApiRequests.log(
            "Hospital crimes",
            null,
            List.of("The number of crimes on hospital grounds, by crime group."),
            null,
            LocalDate.now().minusDays(3),
            "Perpetua Vandersloot",
            "perpetua@example.org");
    String base = "/officer/requests/" + ref + "/response";
    Page p = Page.open(base);
    p.form()
        .formParam("questions", "1")
        .formParam("paragraphs", "The figures are below.")
        .post(base + "/answers")
        .then()
        .statusCode(303);

    Page t = Page.open(base + "/answers/1/tables/new");
    // the choices, none assumed: a blank is "not stated" until the officer says otherwise
    assertThat(t.doc().select("input[name=blankMeans][checked]").val()).isEqualTo("NOT_STATED");
    assertThat(t.doc().select("input[name=dashMeans][checked]")).isEmpty();
    assertThat(t.doc().select("input[name=headerRows]").eachAttr("value"))
        .containsExactly("1", "2", "0");
    assertThat(t.doc().select("#note")).hasSize(1);

    String wrong = DURHAM_GROUPS.replace("Total\t30\t", "Total\t31\t");
    Response preview =
        t.multipart()
            .multiPart("action", "preview")
            .multiPart("caption", "Crime group by year")
            .multiPart("headerRows", "1")
            .multiPart("cells", wrong)
            .multiPart("blankMeans", "NOT_STATED")
            .multiPart("dashMeans", "ZERO")
            .multiPart("note", "'-' means zero.")
            .post(base + "/answers/1/tables");
    assertThat(preview.statusCode()).isEqualTo(200);
    Document pv = html(preview);
    assertThat(pv.select(".govuk-warning-text").text())
        .contains("Total, 2019/20: the stated total is 31 but the rows above add up to 30");
    assertThat(pv.select("#table-1 tr[data-total]")).hasSize(1);
    assertThat(pv.select("#table-1 td[data-state=NOT_HELD]")).isEmpty();
    assertThat(pv.select("#table-1-note").text()).isEqualTo("'-' means zero.");
    assertThat(pv.select("input[name=dashMeans][checked]").val()).isEqualTo("ZERO");

    // a list of total rows that does not read is refused with the field's error
    Response refused =
        t.multipart()
            .multiPart("action", "save")
            .multiPart("caption", "Crime group by year")
            .multiPart("headerRows", "1")
            .multiPart("cells", DURHAM_GROUPS)
            .multiPart("dashMeans", "ZERO")
            .multiPart("totalRows", "the last one")
            .post(base + "/answers/1/tables");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(html(refused).select(".govuk-error-summary a[href=#totalRows]").text())
        .contains("row");

    // saved as it adds up, with no confirmation needed: the officer chose what "-" means
    t.multipart()
        .multiPart("action", "save")
        .multiPart("caption", "Crime group by year")
        .multiPart("headerRows", "1")
        .multiPart("cells", DURHAM_GROUPS)
        .multiPart("blankMeans", "NOT_STATED")
        .multiPart("dashMeans", "ZERO")
        .multiPart("note", "'-' means zero.")
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(303);

    Document composed = Page.open(base + "/answers").doc();
    assertThat(composed.select("#table-1 td[data-state=VALUE]")).hasSize(20);
    assertThat(composed.select("#table-1-note").text()).isEqualTo("'-' means zero.");
    assertThat(composed.select(".govuk-warning-text").text()).doesNotContain("stated total");

    // the note is edited on the compose page; too long a note is refused and kept as typed
    Page c = Page.open(base);
    c.form()
        .formParam("version", c.doc().select("#answer-1-table-1-note input[name=version]").val())
        .formParam("note", "'-' means zero. Hospitals with no crimes are left out.")
        .post(base + "/answers/1/tables/1/note")
        .then()
        .statusCode(303);
    assertThat(Page.open(base + "/answers").doc().select("#table-1-note").text())
        .isEqualTo("'-' means zero. Hospitals with no crimes are left out.");
    Response tooLong =
        c.form().formParam("note", "x".repeat(2001)).post(base + "/answers/1/tables/1/note");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    Document again = html(tooLong);
    assertThat(again.select(".govuk-error-summary a[href=#answer-1-table-1-note-note]").text())
        .contains("2000 characters");
    assertThat(again.select("#answer-1-table-1-note-note").text()).hasSize(2001);
  }

  /**
   * Issue 18: the officer marks a table that counts people (children in care, not crimes): only
   * such a table's small counts are checked against the authority's threshold (FOIA s.40(2)).
   */
  @Test
  void theOfficerMarksATableThatCountsPeople() {
    String ref =
        ApiRequests.log(
            "Children in care",
            null,
            List.of("The number of children in care, by age, and the crimes in car parks."),
            null,
            LocalDate.now().minusDays(3),
            "Perpetua Vandersloot",
            "perpetua@example.org");
    String base = "/officer/requests/" + ref + "/response";
    Page p = Page.open(base);
    p.form()
        .formParam("questions", "1")
        .formParam("paragraphs", "The figures are below.")
        .post(base + "/answers")
        .then()
        .statusCode(303);
    Page t = Page.open(base + "/answers/1/tables/new");
    assertThat(t.doc().select("input[name=countsPeople][type=checkbox]")).hasSize(1);
    assertThat(t.doc().select("label[for=countsPeople]").text())
        .isEqualTo("This table counts people");
    t.multipart()
        .multiPart("action", "save")
        .multiPart("caption", "Children in care by age")
        .multiPart("headerRows", "1")
        .multiPart("cells", "Age\t2023\n0-4\t3\n5-9\t12\n")
        .multiPart("blankMeans", "NOT_STATED")
        .multiPart("countsPeople", "yes")
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(303);
    Page again = Page.open(base + "/answers/1/tables/new");
    again
        .multipart()
        .multiPart("action", "save")
        .multiPart("caption", "Crimes in car parks")
        .multiPart("headerRows", "1")
        .multiPart("cells", "Year\tCrimes\n2023\t2\n")
        .multiPart("blankMeans", "NOT_STATED")
        .post(base + "/answers/1/tables")
        .then()
        .statusCode(303);
    Document composed = Page.open(base + "/answers").doc();
    assertThat(composed.select("#answer-1-table-1-counts").text())
        .startsWith("This table counts people");
    assertThat(composed.select("#answer-1-table-2-counts").text())
        .startsWith("Not marked as counting people");
  }
}
