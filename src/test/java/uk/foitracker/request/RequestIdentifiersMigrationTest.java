package uk.foitracker.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V12 carries the authority's reference and the aggregated requests over without loss: a request's
 * one reference becomes its leading reference, a request without one gets none, and each cost
 * aggregation (Fees Regulations reg 5) becomes an AGGREGATED link with its reasons as the note.
 * Plain Flyway on a private in-memory H2 database.
 */
class RequestIdentifiersMigrationTest {
  private static final String URL =
      "jdbc:h2:mem:request-identifiers-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void theReferenceLeadsAndAggregationsBecomeLinks() throws Exception {
    flyway("11").migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      s.execute(
          "insert into authority (id, name, appropriate_limit_pence, hourly_rate_pence,"
              + " central_government) values (1, 'Sheffield City Council', 45000, 2500, false)");
      s.execute(
          "insert into foi_request (id, authority_id, regime, title, state, authority_reference,"
              + " created_at) values"
              + " (1, 1, 'FOIA', 'Go Local bids', 'OPEN', 'FOI / 1596',"
              + " timestamp with time zone '2015-02-04 09:00:00+00'),"
              + " (2, 1, 'FOIA', 'Go Local bids, again', 'OPEN', null,"
              + " timestamp with time zone '2015-02-05 09:00:00+00')");
      s.execute(
          "insert into cost_assessment (id, request_id, limit_pence, hourly_rate_pence) values"
              + " (5, 1, 45000, 2500)");
      s.execute(
          "insert into cost_aggregation (assessment_id, related_request_id, reasons) values"
              + " (5, 2, 'Same requester, same bids, within 60 working days.')");
    }

    flyway(null).migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      List<String> references = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select request_id, position, reference_text, is_leading from request_reference"
                  + " order by request_id, position")) {
        while (r.next()) {
          references.add(
              r.getLong(1)
                  + " #"
                  + r.getInt(2)
                  + " "
                  + r.getString(3)
                  + (r.getBoolean(4) ? " (leading)" : ""));
        }
      }
      assertThat(references).containsExactly("1 #1 FOI / 1596 (leading)");
      List<String> links = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select request_id, other_request_id, kind, note from request_link order by id")) {
        while (r.next()) {
          links.add(
              r.getLong(1) + " -> " + r.getLong(2) + " " + r.getString(3) + ": " + r.getString(4));
        }
      }
      assertThat(links)
          .containsExactly("1 -> 2 AGGREGATED: Same requester, same bids, within 60 working days.");
      try (ResultSet r =
          s.executeQuery("select count(*) from cost_aggregation where assessment_id = 5")) {
        r.next();
        assertThat(r.getInt(1)).as("the aggregation itself is kept").isEqualTo(1);
      }
    }
  }

  private static Flyway flyway(String target) {
    var config = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }
}
