package uk.foitracker.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.foitracker.citation.Provision;
import uk.foitracker.request.FoiRequest;

/** Flyway built the schema Hibernate validated, and the Leicester import runs once only. */
@QuarkusTest
class SeedImportTest {
  @Inject SeedOnStart seed;
  @Inject CaseImporter importer;
  @Inject EntityManager em;

  @Test
  void migrationsRan() {
    Number applied = (Number) em.createNativeQuery("select count(*) from flyway_schema_history where success = true").getSingleResult();
    assertThat(applied.intValue()).isGreaterThanOrEqualTo(2);
    assertThat(Provision.count()).isEqualTo(51);
  }

  @Test
  void importIsIdempotent() {
    long requests = FoiRequest.count();
    long cells = ((Number) em.createNativeQuery("select count(*) from table_cell").getSingleResult()).longValue();
    assertThat(importer.importIfAbsent(seed.read(SeedOnStart.LEICESTER))).isFalse();
    assertThat(FoiRequest.count()).isEqualTo(requests);
    assertThat(((Number) em.createNativeQuery("select count(*) from table_cell").getSingleResult()).longValue()).isEqualTo(cells);
    // Table A twice (10 rows x 4) and Table B (10 x 1)
    assertThat(cells).isEqualTo(90);
  }
}
