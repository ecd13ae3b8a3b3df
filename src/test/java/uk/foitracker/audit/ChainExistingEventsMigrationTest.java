package uk.foitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Events written before the hash chain existed are chained by the migration (V10.1, in Java): on a
 * database migrated to V10 that already holds events, migrating on leaves every one of them chained
 * in id order, the head at the last, the id sequence after the highest id, and the chain columns
 * required. Plain Flyway on a private in-memory H2 database, no application.
 */
class ChainExistingEventsMigrationTest {
  private static final String URL =
      "jdbc:h2:mem:chain-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void existingEventsAreChainedInIdOrder() throws Exception {
    flyway("10").migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      s.execute(
          "insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id,"
              + " summary, before_state, after_state) values"
              + " (3, timestamp with time zone '2024-01-02 10:00:00.123456+00', 'olive',"
              + " 'LOGGED', 'request', 7, 'Logged FOI-2024-00001', null, '{\"a\":1}'),"
              + " (5, timestamp with time zone '2024-01-02 11:00:00+00', 'system', 'SEEDED',"
              + " 'case', null, 'Seeded – ünïcode', '', null),"
              + " (9, timestamp with time zone '2024-01-03 09:30:00+01', 'adam', 'MARKED',"
              + " 'finding', 12, 'Marked', '{\"b\":2}', '{\"b\":3}')");
    }

    flyway(null).migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      ChainWalk walk = new ChainWalk();
      try (ResultSet r = s.executeQuery("select * from audit_event order by chain_position")) {
        long expectedId = 0;
        int n = 0;
        while (r.next()) {
          long id = r.getLong("id");
          assertThat(id).isGreaterThan(expectedId);
          expectedId = id;
          long subject = r.getLong("subject_id");
          Long subjectId = r.wasNull() ? null : subject;
          boolean ok =
              walk.next(
                  new AuditHashes.Fields(
                      id,
                      r.getLong("chain_position"),
                      r.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                      r.getString("actor"),
                      r.getString("action"),
                      r.getString("subject_type"),
                      subjectId,
                      r.getString("summary"),
                      r.getString("before_state"),
                      r.getString("after_state")),
                  r.getString("previous_hash"),
                  r.getString("event_hash"));
          assertThat(ok).as("event " + id).isTrue();
          n++;
        }
        assertThat(n).isEqualTo(3);
      }
      try (ResultSet head =
          s.executeQuery("select last_position, last_hash, last_event_id from audit_chain_head")) {
        head.next();
        TrailCheck check = walk.finish(head.getLong(1), head.getString(2), head.getLong(3));
        assertThat(check.intact()).as(check.problem()).isTrue();
        assertThat(check.eventsChecked()).isEqualTo(3);
        assertThat(head.getLong(3)).isEqualTo(9);
      }
      try (ResultSet next = s.executeQuery("select nextval('audit_event_seq')")) {
        next.next();
        assertThat(next.getLong(1)).isEqualTo(10);
      }
      try (ResultSet nullable =
          s.executeQuery(
              "select count(*) from information_schema.columns where table_name = 'audit_event'"
                  + " and column_name in ('chain_position', 'previous_hash', 'event_hash')"
                  + " and is_nullable = 'NO'")) {
        nullable.next();
        assertThat(nullable.getInt(1)).isEqualTo(3);
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
