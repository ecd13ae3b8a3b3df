package uk.foitracker.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole database in a few numbers: rows per table, and the sum of every {@code version} column
 * (an update bumps it). Two equal snapshots mean nothing was inserted, deleted or updated through
 * the services.
 */
@ApplicationScoped
public class DbSnapshot {
  private final AgroalDataSource db;

  DbSnapshot(AgroalDataSource db) {
    this.db = db;
  }

  public Map<String, Long> take() {
    Map<String, Long> out = new TreeMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "select table_name from information_schema.tables where lower(table_schema) ="
                  + " 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
        while (rs.next()) {
          tables.add(rs.getString(1).toLowerCase());
        }
      }
      for (String t : tables) {
        if (t.equals("flyway_schema_history")) {
          continue;
        }
        try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
          rs.next();
          out.put(t, rs.getLong(1));
        }
        try (ResultSet rs = s.executeQuery("select sum(version) from " + t)) {
          rs.next();
          out.put(t + ".version", rs.getLong(1));
        } catch (SQLException noVersionColumn) {
          // not a versioned table
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (!out.containsKey("audit_event")) {
      throw new IllegalStateException("no audit_event table among " + out.keySet());
    }
    return out;
  }
}
