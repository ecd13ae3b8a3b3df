package uk.foitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's hash chain: every event written through {@link AuditLog#record} chains onto the
 * one before; an edited field, a removed event and a reordered event are each found by {@link
 * AuditTrail#verify()} at the right event; concurrent writers leave one unbroken chain.
 *
 * <p>Each tampering happens in a transaction that is rolled back after the check, so the trail
 * stays intact for every other test. On H2 it is plain SQL; on PostgreSQL the owner first grants
 * itself UPDATE and DELETE back and disables the append-only triggers, inside that transaction.
 */
@QuarkusTest
class AuditChainTest {
  @Inject AuditLog audit;
  @Inject AuditTrail trail;
  @Inject EntityManager em;

  @Test
  void eachEventChainsOntoTheOneBefore() {
    TrailCheck before = trail.verify();
    assertThat(before.intact()).as(before.verdict() + ": " + before.problem()).isTrue();
    List<AuditEvent> written = record(2);
    AuditEvent first = written.get(0);
    AuditEvent second = written.get(1);
    assertThat(first.chainPosition).isEqualTo(before.headPosition() + 1);
    assertThat(first.previousHash).isEqualTo(before.headHash());
    assertThat(second.chainPosition).isEqualTo(first.chainPosition + 1);
    assertThat(second.previousHash).isEqualTo(first.eventHash);
    assertThat(second.eventHash).matches("[0-9a-f]{64}").isNotEqualTo(first.eventHash);
    assertThat(second.id).isGreaterThan(first.id);

    TrailCheck after = trail.verify();
    assertThat(after.intact()).isTrue();
    assertThat(after.headPosition()).isEqualTo(second.chainPosition);
    assertThat(after.headHash()).isEqualTo(second.eventHash);
    assertThat(after.eventsChecked()).isEqualTo(second.chainPosition);
    assertThat(after.verdict()).isEqualTo("Chain verified: " + second.chainPosition + " events");
  }

  @Test
  void anEditedFieldIsFound() {
    List<AuditEvent> e = record(3);
    AuditEvent edited = e.get(1);
    TrailCheck check =
        tampered("update audit_event set summary = 'Nothing happened' where id = " + edited.id);
    assertThat(check.intact()).isFalse();
    assertThat(check.brokenEventId()).isEqualTo(edited.id);
    assertThat(check.brokenPosition()).isEqualTo(edited.chainPosition);
    assertThat(check.problem()).contains("contents do not match its hash");
    assertThat(check.eventsChecked()).isEqualTo(edited.chainPosition - 1);
    assertThat(check.verdict()).isEqualTo("Broken at event #" + edited.id);
    assertThat(trail.verify().intact()).as("rolled back").isTrue();
  }

  @Test
  void everyColumnIsCovered() {
    AuditEvent e = record(2).get(0);
    for (String change :
        List.of(
            "actor = 'someone else'",
            "action = 'OTHER'",
            "subject_type = 'other'",
            "subject_id = 424242",
            "before_state = 'x'",
            "after_state = null",
            "occurred_at = timestamp with time zone '2001-01-01 00:00:00+00'",
            "previous_hash = '" + AuditHashes.GENESIS + "'")) {
      TrailCheck check = tampered("update audit_event set " + change + " where id = " + e.id);
      assertThat(check.brokenEventId()).as(change).isEqualTo(e.id);
    }
  }

  @Test
  void anEditWithItsHashRecomputedBreaksTheNextEvent() {
    List<AuditEvent> e = record(3);
    AuditEvent edited = e.get(1);
    AuditEvent forged = copy(edited);
    forged.summary = "Nothing happened";
    String hash = AuditHashes.hash(AuditLog.fields(forged), forged.previousHash);
    TrailCheck check =
        tampered(
            "update audit_event set summary = 'Nothing happened', event_hash = '"
                + hash
                + "' where id = "
                + edited.id);
    assertThat(check.brokenEventId()).isEqualTo(e.get(2).id);
    assertThat(check.problem()).contains("does not follow the event before it");
  }

  @Test
  void aDeletedEventIsFound() {
    List<AuditEvent> e = record(3);
    TrailCheck check = tampered("delete from audit_event where id = " + e.get(1).id);
    assertThat(check.intact()).isFalse();
    assertThat(check.brokenEventId()).isEqualTo(e.get(2).id);
    assertThat(check.problem())
        .isEqualTo("the event at position " + e.get(1).chainPosition + " is missing");
  }

  @Test
  void theNewestEventDeletedIsFound() {
    List<AuditEvent> e = record(2);
    AuditEvent newest = e.get(1);
    TrailCheck check = tampered("delete from audit_event where id = " + newest.id);
    assertThat(check.intact()).isFalse();
    assertThat(check.brokenEventId()).isEqualTo(newest.id);
    assertThat(check.problem()).contains("the newest events are missing");
  }

  @Test
  void aReorderedEventIsFound() {
    List<AuditEvent> e = record(3);
    AuditEvent a = e.get(0);
    AuditEvent b = e.get(1);
    TrailCheck swapped =
        tampered(
            "update audit_event set chain_position = -1 where id = " + a.id,
            "update audit_event set chain_position = " + a.chainPosition + " where id = " + b.id,
            "update audit_event set chain_position = " + b.chainPosition + " where id = " + a.id);
    assertThat(swapped.intact()).isFalse();
    assertThat(swapped.brokenEventId()).isEqualTo(b.id);
    assertThat(swapped.brokenPosition()).isEqualTo(a.chainPosition);

    // ids swapped instead: listed by id, b would come before a
    TrailCheck ids =
        tampered(
            "update audit_event set id = -1 where id = " + a.id,
            "update audit_event set id = " + a.id + " where id = " + b.id,
            "update audit_event set id = " + b.id + " where id = -1");
    assertThat(ids.intact()).isFalse();
    assertThat(ids.brokenPosition()).isEqualTo(a.chainPosition);
    assertThat(ids.problem()).contains("contents do not match its hash");
  }

  @Test
  void concurrentWritersLeaveOneUnbrokenChain() throws Exception {
    int threads = 8;
    int each = 25;
    long start = trail.verify().headPosition();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Long>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<List<Long>> writer =
            () -> {
              List<Long> positions = new ArrayList<>();
              for (int i = 0; i < each; i++) {
                int n = i;
                positions.add(
                    QuarkusTransaction.requiringNew()
                        .call(
                            () ->
                                audit.record(
                                        "chain-test",
                                        "CONCURRENT",
                                        "test",
                                        (long) thread,
                                        "Writer " + thread + " event " + n,
                                        null,
                                        null)
                                    .chainPosition));
              }
              return positions;
            };
        futures.add(pool.submit(writer));
      }
      Set<Long> positions = new HashSet<>();
      for (Future<List<Long>> f : futures) {
        positions.addAll(f.get());
      }
      assertThat(positions).hasSize(threads * each);
    } finally {
      pool.shutdownNow();
    }
    TrailCheck check = trail.verify();
    assertThat(check.intact()).as(check.verdict() + ": " + check.problem()).isTrue();
    assertThat(check.headPosition()).isGreaterThanOrEqualTo(start + threads * each);
    System.out.printf("Audit chain: %d writers x %d events; %s%n", threads, each, check.verdict());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private List<AuditEvent> record(int n) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<AuditEvent> out = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                out.add(
                    audit.record(
                        "chain-test",
                        "TESTED",
                        "test",
                        i % 2 == 0 ? null : (long) i,
                        "Event " + i + " of " + n + " – “quoted”, ünïcode",
                        i == 0 ? null : "{\"before\":" + i + "}",
                        "{\"after\":" + i + "}"));
              }
              return out;
            });
  }

  /** Runs the statements and checks the chain in one transaction, then rolls it back. */
  private TrailCheck tampered(String... statements) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (ConfigUtils.getProfiles().contains("pg")) {
                  em.createNativeQuery("grant update, delete on audit_event to current_user")
                      .executeUpdate();
                  em.createNativeQuery("alter table audit_event disable trigger user")
                      .executeUpdate();
                }
                for (String sql : statements) {
                  em.createNativeQuery(sql).executeUpdate();
                }
                throw new RolledBack(trail.verify());
              });
    } catch (RolledBack r) {
      return r.check;
    }
    throw new AssertionError("the tampering was not rolled back");
  }

  /** Carries the check out of the tampering transaction, which it rolls back. */
  private static final class RolledBack extends RuntimeException {
    final TrailCheck check;

    RolledBack(TrailCheck check) {
      super(null, null, false, false);
      this.check = check;
    }
  }

  private static AuditEvent copy(AuditEvent e) {
    AuditEvent c = new AuditEvent();
    c.id = e.id;
    c.chainPosition = e.chainPosition;
    c.previousHash = e.previousHash;
    c.occurredAt = e.occurredAt;
    c.actor = e.actor;
    c.action = e.action;
    c.subjectType = e.subjectType;
    c.subjectId = e.subjectId;
    c.summary = e.summary;
    c.beforeState = e.beforeState;
    c.afterState = e.afterState;
    return c;
  }
}
