package uk.foitracker.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Re-use formats: answer tables and the log as CSV, the Atom feed, and the links to them. */
@QuarkusTest
class ReuseFormatsTest {
  static final String LEICESTER = "leicester-cse-cce-2015-2024";
  static final String ATOM = "http://www.w3.org/2005/Atom";

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void eachTableAsCsvHasTheFiguresOfTheApi(int number) throws Exception {
    Map<String, Object> table = apiTable(number);
    Response csv = given().get("/cases/" + LEICESTER + "/tables/" + number + ".csv");
    csv.then()
        .statusCode(200)
        .contentType("text/csv")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + LEICESTER + "-table-" + number + ".csv\"");
    byte[] bytes = csv.asByteArray();
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1))
        .isEqualTo("\u00ef\u00bb\u00bf"); // UTF-8 BOM
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> columns = (List<Map<String, Object>>) table.get("columns");
    List<String> header = new ArrayList<>();
    header.add(table.get("cornerLabel") == null ? "Row" : (String) table.get("cornerLabel"));
    for (Map<String, Object> c : columns) {
      String name =
          c.get("group") == null ? (String) c.get("label") : c.get("group") + " " + c.get("label");
      header.add(name);
      header.add(name + " state");
    }
    assertThat(records.get(0).toList()).isEqualTo(header);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
    assertThat(records).hasSize(rows.size() + 1);
    for (int r = 0; r < rows.size(); r++) {
      CSVRecord record = records.get(r + 1);
      assertThat(record.get(0)).isEqualTo(rows.get(r).get("header"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> cells = (List<Map<String, Object>>) rows.get(r).get("cells");
      for (int c = 0; c < cells.size(); c++) {
        Map<String, Object> cell = cells.get(c);
        String figure = record.get(1 + 2 * c);
        String state = record.get(2 + 2 * c);
        if ("VALUE".equals(cell.get("state"))) {
          assertThat(Long.parseLong(figure)).isEqualTo(((Number) cell.get("value")).longValue());
          assertThat(state).isEqualTo("Value");
        } else {
          assertThat(figure).isEqualTo(cell.get("text")).isNotEmpty().isNotEqualTo("0");
          assertThat(state)
              .isEqualTo(
                  uk.foitracker.web.StatuteLabels.label(
                      uk.foitracker.rules.CellState.valueOf((String) cell.get("state"))));
        }
      }
    }
  }

  @Test
  void tableAFromTheLetterNotHeldIsKeptAndTableBHasTheContacts() throws Exception {
    List<CSVRecord> a = csv("/cases/" + LEICESTER + "/tables/1.csv");
    assertThat(a.get(0).toList())
        .containsExactly(
            "Age",
            "CSE 10-14",
            "CSE 10-14 state",
            "CSE 15-19",
            "CSE 15-19 state",
            "CE 10-14",
            "CE 10-14 state",
            "CE 15-19",
            "CE 15-19 state");
    assertThat(a.get(1).toList())
        .containsExactly("2015", "19", "Value", "20", "Value", "-", "Not held", "-", "Not held");
    assertThat(a.get(7).toList())
        .containsExactly("2021", "66", "Value", "50", "Value", "22", "Value", "41", "Value");
    List<List<String>> source = LeicesterSource.ageTables().get(0);
    for (int i = 0; i < 10; i++) {
      for (int c = 0; c < 4; c++) {
        assertThat(a.get(i + 1).get(1 + 2 * c))
            .isEqualTo(source.get(i).get(c + 1).replace(",", ""));
      }
    }
    List<CSVRecord> b = csv("/cases/" + LEICESTER + "/tables/3.csv");
    assertThat(b.stream().skip(1).map(r -> r.get(1)).toList())
        .containsExactly(
            "18201", "12374", "11494", "13518", "15298", "14254", "15890", "14916", "14899",
            "15930");
  }

  @Test
  void missingTablesAndCasesAre404() {
    given()
        .get("/cases/" + LEICESTER + "/tables/4.csv")
        .then()
        .statusCode(404)
        .contentType("text/html");
    given().get("/cases/no-such-case/tables/1.csv").then().statusCode(404);
    given().get("/cases/" + LEICESTER + "/tables/x.csv").then().statusCode(404);
  }

  @Test
  void wholeLogAsCsv() throws Exception {
    List<CSVRecord> records = csv("/cases.csv");
    assertThat(records.get(0).toList())
        .containsExactly(
            "slug",
            "title",
            "authority",
            "regime",
            "outcomes",
            "provisions_cited",
            "provision_codes",
            "published_on",
            "page_url",
            "json_url",
            "authority_slug");
    CSVRecord leicester =
        records.stream().filter(r -> r.get(0).equals(LEICESTER)).findFirst().orElseThrow();
    assertThat(leicester.get(1)).isEqualTo("Child sexual and criminal exploitation 2015–2024");
    assertThat(leicester.get(3)).isEqualTo("FOIA");
    assertThat(leicester.get(5)).contains("s.12");
    assertThat(leicester.get(6)).contains("FOIA-12");
    assertThat(leicester.get(7)).isEmpty(); // not stated: never invented
    assertThat(leicester.get(8)).endsWith("/cases/" + LEICESTER);
    assertThat(leicester.get(10)).isEqualTo("leicester-city-council");
    int published =
        Integer.parseInt(given().get("/api/cases").then().extract().header("X-Total-Count"));
    assertThat(records).hasSize(published + 1); // every published case, not one page
  }

  @Test
  void atomFeedHasEveryRequiredElement() throws Exception {
    Response response = given().get("/cases.atom");
    response.then().statusCode(200).contentType("application/atom+xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document xml =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
    Element feed = xml.getDocumentElement();
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(child(feed, "id")).startsWith("urn:uuid:");
    assertThat(child(feed, "title")).isEqualTo("Leicester City Council: disclosure log");
    OffsetDateTime.parse(child(feed, "updated"));
    assertThat(child((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name"))
        .isEqualTo("Leicester City Council");
    assertThat(links(feed)).contains("self");

    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    assertThat(entries.getLength()).isGreaterThanOrEqualTo(1);
    List<String> ids = new ArrayList<>();
    Element leicester = null;
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      ids.add(child(entry, "id"));
      assertThat(child(entry, "title")).isNotBlank();
      OffsetDateTime.parse(child(entry, "updated"));
      assertThat(child(entry, "summary")).isNotBlank();
      assertThat(links(entry)).contains("alternate");
      Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
      if (link.getAttribute("href").endsWith("/cases/" + LEICESTER)) {
        leicester = entry;
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(leicester).as("Leicester entry").isNotNull();
    // No publication date is stated: no <published>, and the summary says what updated is.
    assertThat(leicester.getElementsByTagNameNS(ATOM, "published").getLength()).isZero();
    assertThat(child(leicester, "summary"))
        .contains("does not state when it was published")
        .contains("added to this disclosure log");
  }

  @Test
  void pagesLinkTheirFormatsAndStateTheLicence() {
    Document log = Jsoup.parse(given().get("/cases").then().statusCode(200).extract().asString());
    assertThat(log.select("head link[rel=alternate]").eachAttr("href"))
        .contains("/cases.atom", "/cases.csv", "/api/cases");
    assertThat(log.select("#re-use ~ ul a").eachAttr("href")).contains("/cases.csv", "/cases.atom");
    assertThat(log.select("a[rel=license]")).isNotEmpty();

    Document c =
        Jsoup.parse(given().get("/cases/" + LEICESTER).then().statusCode(200).extract().asString());
    assertThat(c.select("head link[rel=alternate][type=text/csv]").eachAttr("href"))
        .containsExactly(
            "/cases/" + LEICESTER + "/tables/1.csv",
            "/cases/" + LEICESTER + "/tables/2.csv",
            "/cases/" + LEICESTER + "/tables/3.csv");
    assertThat(c.select("head link[rel=alternate][type=application/json]").attr("href"))
        .isEqualTo("/api/cases/" + LEICESTER);
    assertThat(c.select("#table-1").parents().select(".app-table-scroll[role=region][tabindex=0]"))
        .isNotEmpty();
    assertThat(c.select("a[href$=/tables/1.csv]")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(c.select("#re-use ~ p").text()).contains("Open Government Licence v3.0");
  }

  private static Map<String, Object> apiTable(int number) {
    JsonPath json =
        given().get("/api/cases/" + LEICESTER).then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> all = new ArrayList<>();
    List<Map<String, Object>> questions = json.getList("questions");
    List<Object> seen = new ArrayList<>();
    for (Map<String, Object> q : questions) {
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) q.get("answer");
      if (answer == null || seen.contains(answer.get("position"))) {
        continue;
      }
      seen.add(answer.get("position"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tables = (List<Map<String, Object>>) answer.get("tables");
      all.addAll(tables);
    }
    return all.stream()
        .filter(t -> ((Number) t.get("number")).intValue() == number)
        .findFirst()
        .orElseThrow();
  }

  private static List<CSVRecord> csv(String path) throws Exception {
    String text =
        new String(
            given().get(path).then().statusCode(200).extract().asByteArray(),
            StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static String child(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        return nodes.item(i).getTextContent();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }

  private static List<String> links(Element parent) {
    List<String> rels = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, "link");
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        rels.add(((Element) nodes.item(i)).getAttribute("rel"));
      }
    }
    return rels;
  }
}
