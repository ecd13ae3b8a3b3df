package uk.foitracker.instalment;

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
 * V15 carries sent responses and internal reviews over without loss: a response sent before
 * instalments existed becomes instalment 1 on its sent date, with the questions it answered and the
 * rights paragraphs as they stood; its answers are marked as sent in it; a request not yet sent
 * gets none; the one internal review a request could have becomes its review 1 with every field
 * kept. Plain Flyway on a private in-memory H2 database.
 */
class InstalmentsMigrationTest {
  private static final String URL =
      "jdbc:h2:mem:instalments-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void sentResponsesBecomeInstalmentOneAndTheReviewBecomesReviewOne() throws Exception {
    flyway("14").migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      s.execute(
          "insert into authority (id, name, appropriate_limit_pence, hourly_rate_pence,"
              + " central_government) values (1, 'Sheffield City Council', 45000, 2500, false)");
      s.execute(
          "insert into foi_request (id, authority_id, regime, title, state, received_on,"
              + " created_at) values"
              + " (1, 1, 'FOIA', 'Go Local bids', 'SENT', date '2015-02-04',"
              + " timestamp with time zone '2015-02-04 09:00:00+00'),"
              + " (2, 1, 'FOIA', 'Casework', 'OPEN', date '2023-10-30',"
              + " timestamp with time zone '2023-10-30 09:00:00+00')");
      s.execute(
          "insert into answer (id, request_id, position, body) values"
              + " (10, 1, 1, 'The request is refused under section 14(1).'),"
              + " (20, 2, 1, 'Not yet sent.')");
      s.execute(
          "insert into question (id, request_id, number, text, outcome, answer_id) values"
              + " (11, 1, 1, 'Bids submitted?', 'REFUSED_EXEMPT', 10),"
              + " (12, 1, 2, 'Scores given?', 'REFUSED_EXEMPT', 10),"
              + " (21, 2, 1, 'Casework by councillor?', null, 20)");
      s.execute(
          "insert into clock_event (request_id, kind, event_date, actor, recorded_at) values"
              + " (1, 'RESPONSE_SENT', date '2015-03-04', 'olive',"
              + " timestamp with time zone '2015-03-04 10:00:00+00')");
      s.execute(
          "insert into response_notice (request_id, review_procedure, complaint_rights) values"
              + " (1, 'Write to us within 40 working days.', 'Then the Information"
              + " Commissioner.')");
      s.execute(
          "insert into internal_review (request_id, requested_on, reviewer, outcome, reasons,"
              + " decided_on) values (1, date '2015-03-10', 'Information Management', 'UPHELD',"
              + " 'The decision stands.', date '2015-04-01')");
    }

    flyway(null).migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      List<String> instalments = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "select request_id, number, sent_on, stopped_clock, review_procedure,"
                  + " complaint_rights from response_instalment order by request_id")) {
        while (r.next()) {
          instalments.add(
              r.getLong(1)
                  + " #"
                  + r.getInt(2)
                  + " "
                  + r.getDate(3)
                  + " stopped="
                  + r.getBoolean(4)
                  + " | "
                  + r.getString(5)
                  + " | "
                  + r.getString(6));
        }
      }
      assertThat(instalments)
          .containsExactly(
              "1 #1 2015-03-04 stopped=true | Write to us within 40 working days. | Then the"
                  + " Information Commissioner.");
      try (ResultSet r =
          s.executeQuery(
              "select q.question_number from instalment_question q join response_instalment i"
                  + " on i.id = q.instalment_id where i.request_id = 1 order by 1")) {
        List<Integer> numbers = new ArrayList<>();
        while (r.next()) {
          numbers.add(r.getInt(1));
        }
        assertThat(numbers).containsExactly(1, 2);
      }
      try (ResultSet r = s.executeQuery("select id, instalment from answer order by id")) {
        List<String> answers = new ArrayList<>();
        while (r.next()) {
          answers.add(r.getLong(1) + "=" + r.getObject(2));
        }
        assertThat(answers).containsExactly("10=1", "20=null");
      }
      try (ResultSet r =
          s.executeQuery(
              "select request_id, number, requested_on, reviewer, outcome, reasons, decided_on"
                  + " from internal_review")) {
        assertThat(r.next()).isTrue();
        assertThat(
                r.getLong(1)
                    + " #"
                    + r.getInt(2)
                    + " "
                    + r.getDate(3)
                    + " "
                    + r.getString(4)
                    + " "
                    + r.getString(5)
                    + " "
                    + r.getString(6)
                    + " "
                    + r.getDate(7))
            .isEqualTo(
                "1 #1 2015-03-10 Information Management UPHELD The decision stands. 2015-04-01");
        assertThat(r.next()).isFalse();
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
