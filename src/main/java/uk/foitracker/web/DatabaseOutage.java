package uk.foitracker.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a lost database (server down, restarting, unreachable, pool exhausted waiting for it) from
 * other failures, so users get "service unavailable" (503) rather than "something went wrong"
 * (500).
 */
final class DatabaseOutage {
  private DatabaseOutage() {}

  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now
        if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
          return true;
        }
        String message = String.valueOf(sql.getMessage());
        if (message.contains("Acquisition timeout")) {
          return true;
        }
      }
      if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
    }
    return false;
  }
}
