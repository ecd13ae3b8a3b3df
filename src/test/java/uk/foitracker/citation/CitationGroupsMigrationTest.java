package uk.foitracker.citation;

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
 * V13 carries existing citations over without loss: on a database that already holds per-question
 * citations, each becomes a citation of its one question, numbered within its request in question
 * order, with its provision, reasons and public interest test unchanged; the catalogue gains the
 * subsections and its NCND flags. Plain Flyway on a private in-memory H2 database.
 */
class CitationGroupsMigrationTest {
  private static final String URL =
      "jdbc:h2:mem:citation-groups-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void existingCitationsBecomeCitationsOfTheirOneQuestion() throws Exception {
    flyway("11").migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      s.execute(
          "insert into authority (id, name, appropriate_limit_pence, hourly_rate_pence,"
              + " central_government) values (1, 'Sheffield City Council', 45000, 2500, false)");
      s.execute(
          "insert into foi_request (id, authority_id, regime, title, state, created_at) values"
              + " (1, 1, 'FOIA', 'Drupal CMS', 'OPEN', timestamp with time zone"
              + " '2024-04-11 15:31:54+01'),"
              + " (2, 1, 'FOIA', 'Go Local bids', 'OPEN', timestamp with time zone"
              + " '2015-03-04 02:45:58+00')");
      s.execute(
          "insert into question (id, request_id, number, text) values"
              + " (11, 1, 1, 'Spend with suppliers?'), (12, 1, 2, 'Annual spend?'),"
              + " (21, 2, 1, 'Bids submitted?')");
      s.execute(
          "insert into citation (id, question_id, provision_id, position, role, reasons)"
              + " select 102, 12, id, 1, 'EXEMPTION', 'S43 as above' from provision where code ="
              + " 'FOIA-43'");
      s.execute(
          "insert into citation (id, question_id, provision_id, position, role, reasons)"
              + " select 101, 11, id, 1, 'EXEMPTION', 'Prejudice to the contractor.' from"
              + " provision where code = 'FOIA-43'");
      s.execute(
          "insert into citation (id, question_id, provision_id, position, role, reasons)"
              + " select 103, 11, id, 2, 'PROCEDURE', 'Refusal notice.' from provision where"
              + " code = 'FOIA-17-1'");
      s.execute(
          "insert into citation (id, question_id, provision_id, position, role, reasons)"
              + " select 201, 21, id, 1, 'EXEMPTION', 'Vexatious.' from provision where code ="
              + " 'FOIA-14-1'");
      s.execute(
          "insert into citation_public_interest (citation_id, arguments_for, arguments_against,"
              + " conclusion) values (101, 'Openness.', 'Competition.', 'Maintain.')");
    }

    flyway(null).migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      List<String> rows = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select c.id, g.request_id, g.position, p.code, c.reasons from citation c"
                  + " join citation_group g on g.id = c.group_id"
                  + " join provision p on p.id = c.provision_id order by c.id")) {
        while (r.next()) {
          rows.add(
              r.getLong(1)
                  + " request "
                  + r.getLong(2)
                  + " #"
                  + r.getInt(3)
                  + " "
                  + r.getString(4)
                  + ": "
                  + r.getString(5));
        }
      }
      assertThat(rows)
          .containsExactly(
              "101 request 1 #1 FOIA-43: Prejudice to the contractor.",
              "102 request 1 #3 FOIA-43: S43 as above",
              "103 request 1 #2 FOIA-17-1: Refusal notice.",
              "201 request 2 #1 FOIA-14-1: Vexatious.");
      try (ResultSet r =
          s.executeQuery(
              "select count(*) from citation_group g where (select count(*) from citation c"
                  + " where c.group_id = g.id) <> 1")) {
        r.next();
        assertThat(r.getInt(1)).as("each carried-over citation covers one question").isZero();
      }
      try (ResultSet r =
          s.executeQuery(
              "select arguments_for from citation_public_interest where citation_id = 101")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("Openness.");
      }
      try (ResultSet r =
          s.executeQuery(
              "select code, kind, ncnd, excluded_duty, sort_order from provision where code in"
                  + " ('FOIA-43', 'FOIA-43-2', 'FOIA-43-3', 'EIR-12-6') order by sort_order")) {
        List<String> catalogue = new ArrayList<>();
        while (r.next()) {
          catalogue.add(
              r.getString(1)
                  + " "
                  + r.getString(2)
                  + " "
                  + r.getBoolean(3)
                  + " "
                  + r.getString(4)
                  + " "
                  + r.getInt(5));
        }
        assertThat(catalogue)
            .containsExactly(
                "FOIA-43 QUALIFIED false null 3300",
                "FOIA-43-2 QUALIFIED false null 3302",
                "FOIA-43-3 QUALIFIED true s.1(1)(a) 3303",
                "EIR-12-6 QUALIFIED true reg 5(1) 4905");
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
