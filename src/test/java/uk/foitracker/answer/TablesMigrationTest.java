package uk.foitracker.answer;

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
 * V14 carries stored tables over (and V17 widens their labels and cells, keeping them): every count
 * keeps its number as a decimal, rows and columns labelled as totals are totals, every table keeps
 * its header row and has no blank meaning (its blanks were stored as "-", not held) and no note;
 * V19 leaves every stored table unmarked as counting people. Plain Flyway on a private in-memory H2
 * database, no application.
 */
class TablesMigrationTest {
  private static final String URL =
      "jdbc:h2:mem:tables-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void storedTablesAreCarriedOver() throws Exception {
    flyway("11").migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      // the table's answer and request are beside the point here
      s.execute("set referential_integrity false");
      s.execute(
          "insert into answer_table (id, answer_id, position, caption) values"
              + " (1, 1, 1, 'Total Crime Count with Hospital Breakdown')");
      s.execute(
          "insert into table_column (id, table_id, position, label) values"
              + " (1, 1, 1, '2019/20'), (2, 1, 2, 'Grand Total')");
      s.execute(
          "insert into table_row (id, table_id, position, header) values"
              + " (1, 1, 1, 'Priory Hospital'), (2, 1, 2, 'Total')");
      s.execute(
          "insert into table_cell (id, row_id, column_position, state, numeric_value,"
              + " display_text) values (1, 1, 1, 'VALUE', 1, '1'), (2, 1, 2, 'NOT_HELD', null,"
              + " '-'), (3, 2, 1, 'VALUE', 141, '141'), (4, 2, 2, 'SUPPRESSED', null, '<5')");
      s.execute("set referential_integrity true");
    }

    flyway(null).migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "");
        Statement s = db.createStatement()) {
      try (ResultSet r =
          s.executeQuery("select blank_means, dash_means, header_row, note from answer_table")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isNull();
        assertThat(r.getString(2)).isNull();
        assertThat(r.getBoolean(3)).isTrue();
        assertThat(r.getString(4)).isNull();
      }
      assertThat(column(s, "select total from table_row order by position"))
          .containsExactly("FALSE", "TRUE");
      assertThat(column(s, "select total from table_column order by position"))
          .containsExactly("FALSE", "TRUE");
      assertThat(column(s, "select decimal_value from table_cell order by id"))
          .containsExactly("1.0000000000", null, "141.0000000000", null);
      assertThat(column(s, "select unit from table_cell order by id"))
          .containsExactly(null, null, null, null);
      // V17 widens labels and cells: the stored ones are kept, and a long label as Cumbria's fits
      assertThat(column(s, "select header from table_row order by position"))
          .containsExactly("Priory Hospital", "Total");
      String longLabel = "Evidential Difficulties Victim Based – ".repeat(25);
      s.execute("set referential_integrity false");
      s.execute(
          "insert into table_row (id, table_id, position, header) values (3, 1, 3, '"
              + longLabel
              + "')");
      s.execute("set referential_integrity true");
      assertThat(column(s, "select header from table_row where id = 3")).containsExactly(longLabel);
      // V19: a stored table is not marked as counting people (issue 18): the officer marks it
      assertThat(column(s, "select counts_people from answer_table")).containsExactly("FALSE");
    }
  }

  private static List<String> column(Statement s, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private static Flyway flyway(String target) {
    var config = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }
}
