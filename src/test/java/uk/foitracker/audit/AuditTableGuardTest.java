package uk.foitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the database itself refuses to change or remove audit events (V10.3), twice over:
 * the application's role (the tables' owner) has given up UPDATE, DELETE and TRUNCATE on
 * audit_event, and, with those granted back, the triggers still refuse. The chain head only moves
 * forward. Runs only in the PostgreSQL tier (H2 has neither).
 */
@QuarkusTest
class AuditTableGuardTest {
  @Inject AuditLog audit;
  @Inject AuditTrail trail;
  @Inject EntityManager em;

  private AuditEvent event;

  @BeforeEach
  void onPostgreSqlOnly() {
    Assumptions.assumeTrue(
        ConfigUtils.getProfiles().contains("pg"),
        "Audit table guard test skipped: runs in the PostgreSQL tier (scripts/with-postgres.sh"
            + " ... -Dquarkus.test.profile=test,pg)");
    event =
        QuarkusTransaction.requiringNew()
            .call(() -> audit.record("guard-test", "GUARDED", "test", 1L, "Kept", null, "{}"));
  }

  @Test
  void theAppsOwnRoleOwnsTheTableButMayOnlyReadAndInsert() {
    List<Object> row =
        List.of(
            (Object[])
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            em.createNativeQuery(
                                    "select tableowner = current_user,"
                                        + " has_table_privilege('audit_event', 'SELECT'),"
                                        + " has_table_privilege('audit_event', 'INSERT'),"
                                        + " has_table_privilege('audit_event', 'UPDATE'),"
                                        + " has_table_privilege('audit_event', 'DELETE'),"
                                        + " has_table_privilege('audit_event', 'TRUNCATE')"
                                        + " from pg_tables where tablename = 'audit_event'")
                                .getSingleResult()));
    assertThat(row).containsExactly(true, true, true, false, false, false);
  }

  @Test
  void updateDeleteAndTruncateAreRefusedForLackOfPrivilege() {
    assertThat(refused("update audit_event set summary = 'Changed' where id = " + event.id))
        .contains("permission denied");
    assertThat(refused("delete from audit_event where id = " + event.id))
        .contains("permission denied");
    assertThat(refused("truncate audit_event")).contains("permission denied");
    assertThat(refused("delete from audit_chain_head")).contains("permission denied");
    assertUnchanged();
  }

  @Test
  void withThePrivilegesGrantedBackTheTriggersStillRefuse() {
    String grant = "grant update, delete, truncate on audit_event to current_user";
    assertThat(refused(grant, "update audit_event set summary = 'Changed' where id = " + event.id))
        .contains("audit_event is append-only: UPDATE refused");
    assertThat(refused(grant, "delete from audit_event where id = " + event.id))
        .contains("audit_event is append-only: DELETE refused");
    assertThat(refused(grant, "truncate audit_event"))
        .contains("audit_event is append-only: TRUNCATE refused");
    assertUnchanged();
  }

  @Test
  void theChainHeadOnlyMovesForward() {
    assertThat(refused("update audit_chain_head set last_position = last_position - 1"))
        .contains("only moves forward");
    assertThat(refused("update audit_chain_head set last_hash = 'x'"))
        .contains("only moves forward");
    assertThat(trail.verify().intact()).isTrue();
  }

  private void assertUnchanged() {
    String summary =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        em.createNativeQuery("select summary from audit_event where id = ?1")
                            .setParameter(1, event.id)
                            .getSingleResult());
    assertThat(summary).isEqualTo("Kept");
    TrailCheck check = trail.verify();
    assertThat(check.intact()).as(check.verdict()).isTrue();
  }

  /** Runs the statements in one transaction and returns the database's refusal, all causes. */
  private String refused(String... statements) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                for (String sql : statements) {
                  em.createNativeQuery(sql).executeUpdate();
                }
              });
    } catch (RuntimeException e) {
      List<String> messages = new ArrayList<>();
      for (Throwable t = e; t != null; t = t.getCause()) {
        messages.add(String.valueOf(t.getMessage()));
      }
      return String.join(" | ", messages);
    }
    throw new AssertionError("the database allowed: " + String.join("; ", statements));
  }
}
