package uk.foitracker.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * The suite really runs on the database it claims: PostgreSQL under the {@code pg} profile ({@code
 * scripts/with-postgres.sh ./mvnw verify -Dquarkus.test.profile=test,pg}), H2 otherwise.
 */
@QuarkusTest
class DatabaseTierTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void runsOnTheDatabaseOfTheActiveProfile() throws Exception {
    String expected = ConfigUtils.getProfiles().contains("pg") ? "PostgreSQL" : "H2";
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
    }
  }
}
