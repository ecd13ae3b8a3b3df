package uk.foitracker.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Published history never changes silently: a version stored before snapshots had a format (the
 * JSON of the page's view, as it was written until now) reads back exactly as it was published, and
 * new versions carry their format.
 */
@QuarkusTest
class CaseSnapshotTest {
  /** A stored version in the shape every snapshot had before the format was written. */
  static final String STORED_WITHOUT_FORMAT =
      """
      {"slug":"street-lights-2024","title":"Street lights repaired in 2024",
       "authority":"Example Borough Council","regime":"FOIA","authorityReference":null,
       "receivedOn":"2024-03-01","due":"2024-03-28","sentOn":"2024-03-20",
       "publishedOn":"2024-03-22","preamble":"You asked about street lights.",
       "questions":[
        {"number":1,"text":"How many street lights were repaired?","outcome":"PROVIDED_IN_PART",
         "outcomeLabel":"Provided in part",
         "provisions":[{"code":"FOIA-40","reference":"s.40(2)","title":"Personal information",
           "kind":"ABSOLUTE","role":"EXEMPTION","reasons":"Small numbers could identify people."}],
         "answer":{"position":1,"questionNumbers":[1,2],"paragraphs":["The figures are below.",
           "Wards with fewer than five repairs are withheld."],
          "tables":[{"number":1,"caption":"Repairs by ward","cornerLabel":"Ward",
           "columnGroups":[{"label":null,"span":1},{"label":"Repairs","span":2}],
           "columns":[{"group":null,"label":"Total"},{"group":"Repairs","label":"Urgent"},
             {"group":"Repairs","label":"Routine"}],
           "rows":[{"header":"North","cells":[{"state":"VALUE","value":120,"text":"120"},
               {"state":"SUPPRESSED","value":null,"text":"<5"},
               {"state":"NOT_HELD","value":null,"text":"-"}]},
             {"header":"South","cells":[{"state":"NIL","value":0,"text":"0"},
               {"state":"VALUE","value":1234,"text":"1,234"},
               {"state":"VALUE","value":7,"text":"7"}]}]}]}},
        {"number":2,"text":"How much did they cost?","outcome":"REFUSED_COST_LIMIT",
         "outcomeLabel":"Refused: cost limit","provisions":[],"answer":null}],
       "postscript":null,
       "costAssessment":{"limitPence":45000,"hourlyRatePence":2500,"limitHours":18,
         "questionNumbers":[2],"lines":[{"activity":"LOCATING","activityLabel":"Locating",
           "basis":"Paper files in 40 depots","minutes":1200}],"estimatedMinutes":1200,
         "statement":"Finding the costs would take over 18 hours.","advice":"Ask for one ward."},
       "licence":"OGL-UK-3.0","licenceStatement":null}
      """;

  @Inject ObjectMapper json;
  @Inject CaseVersions versions;

  private CaseView read(String snapshot) {
    CaseVersion v = new CaseVersion();
    v.snapshot = snapshot;
    return versions.read(v);
  }

  @Test
  void aVersionStoredWithoutAFormatReadsBackIdentically() throws Exception {
    CaseView read = read(STORED_WITHOUT_FORMAT);

    // the same view as it was read before snapshots had their own record
    assertThat(read).isEqualTo(json.readValue(STORED_WITHOUT_FORMAT, CaseView.class));
    // and, written out again, the same JSON field for field (fields added since may follow)
    assertKeeps(json.readTree(json.writeValueAsString(read)), json.readTree(STORED_WITHOUT_FORMAT));
  }

  @Test
  void newVersionsCarryTheirFormatAndReadBackAsTheView() throws Exception {
    CaseView view = json.readValue(STORED_WITHOUT_FORMAT, CaseView.class);
    String stored = json.writeValueAsString(CaseSnapshot.of(view));

    ObjectNode tree = (ObjectNode) json.readTree(stored);
    assertThat(tree.get("format").asInt()).isEqualTo(CaseSnapshot.FORMAT);
    assertThat(read(stored)).isEqualTo(view);
    // apart from the format and fields added since, the stored shape is the one history was
    // written in
    tree.remove("format");
    assertKeeps(tree, json.readTree(STORED_WITHOUT_FORMAT));
  }

  /**
   * {@code written} holds every field of {@code stored} with the same value, in arrays element by
   * element; it may hold fields added since (a table's headerRow, a cell's amount), never fewer.
   */
  static void assertKeeps(JsonNode written, JsonNode stored) {
    assertKeeps(written, stored, "$");
  }

  private static void assertKeeps(JsonNode written, JsonNode stored, String path) {
    if (stored.isObject()) {
      assertThat(written.isObject()).as(path).isTrue();
      stored
          .fieldNames()
          .forEachRemaining(
              f -> {
                assertThat(written.has(f)).as(path + "." + f).isTrue();
                assertKeeps(written.get(f), stored.get(f), path + "." + f);
              });
    } else if (stored.isArray()) {
      assertThat(written.size()).as(path).isEqualTo(stored.size());
      for (int i = 0; i < stored.size(); i++) {
        assertKeeps(written.get(i), stored.get(i), path + "[" + i + "]");
      }
    } else {
      assertThat(written).as(path).isEqualTo(stored);
    }
  }

  @Test
  void aFormatThisCodeDoesNotKnowIsRefusedNotMisread() throws Exception {
    ObjectNode tree = (ObjectNode) json.readTree(STORED_WITHOUT_FORMAT);
    tree.put("format", CaseSnapshot.FORMAT + 1);
    String newer = json.writeValueAsString(tree);
    assertThatThrownBy(() -> read(newer))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 2");
  }
}
