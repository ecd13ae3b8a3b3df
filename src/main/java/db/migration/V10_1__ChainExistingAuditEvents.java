package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.foitracker.audit.AuditHashes;

/**
 * Chains the audit events written before the hash chain existed (V10 added the columns): in id
 * order, each gets the next position, the previous event's hash and its own hash, computed by the
 * same {@link AuditHashes} as new events; the chain head ends at the last of them, and the id
 * sequence starts after the highest id. It runs inside the migration's transaction, before V10.3
 * (PostgreSQL) forbids updates of audit events, and in Java because the canonical encoding must be
 * byte for byte the one the application uses, on H2 and PostgreSQL alike.
 */
public class V10_1__ChainExistingAuditEvents extends BaseJavaMigration {
  private static final int BATCH = 500;

  // Over 80 lines, and it stays as written: an applied migration is history. It has already run on
  // every database that has the hash chain, and it must do the same, statement for statement, on
  // one that has not; splitting it would thread the running position, previous hash and last id
  // through helpers for no gain, and any slip would chain the audit log differently there.
  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    long position;
    String previous;
    Long lastId = null;
    try (Statement s = db.createStatement();
        ResultSet head =
            s.executeQuery("select last_position, last_hash from audit_chain_head where id = 1")) {
      head.next();
      position = head.getLong(1);
      previous = head.getString(2);
    }
    try (PreparedStatement read =
            db.prepareStatement(
                "select id, occurred_at, actor, action, subject_type, subject_id, summary,"
                    + " before_state, after_state from audit_event where chain_position is null"
                    + " order by id");
        PreparedStatement write =
            db.prepareStatement(
                "update audit_event set chain_position = ?, previous_hash = ?, event_hash = ?"
                    + " where id = ?")) {
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          long id = r.getLong("id");
          long subject = r.getLong("subject_id");
          Long subjectId = r.wasNull() ? null : subject;
          position++;
          AuditHashes.Fields fields =
              new AuditHashes.Fields(
                  id,
                  position,
                  r.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                  r.getString("actor"),
                  r.getString("action"),
                  r.getString("subject_type"),
                  subjectId,
                  r.getString("summary"),
                  r.getString("before_state"),
                  r.getString("after_state"));
          String hash = AuditHashes.hash(fields, previous);
          write.setLong(1, position);
          write.setString(2, previous);
          write.setString(3, hash);
          write.setLong(4, id);
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
          previous = hash;
          lastId = id;
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "update audit_chain_head set last_position = ?, last_hash = ?, last_event_id = ?"
                + " where id = 1")) {
      s.setLong(1, position);
      s.setString(2, previous);
      if (lastId == null) {
        s.setNull(3, Types.BIGINT);
      } else {
        s.setLong(3, lastId);
      }
      s.executeUpdate();
    }
    long next;
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from audit_event")) {
      r.next();
      next = r.getLong(1);
    }
    try (Statement s = db.createStatement()) {
      s.execute("alter sequence audit_event_seq restart with " + next);
    }
  }
}
