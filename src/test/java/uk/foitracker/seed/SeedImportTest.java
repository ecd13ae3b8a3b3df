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
    Number applied =
        (Number)
            em.createNativeQuery("select count(*) from flyway_schema_history where success = true")
                .getSingleResult();
    assertThat(applied.intValue()).isGreaterThanOrEqualTo(2);
    assertThat(Provision.count())
        .isEqualTo(93); // 51 in V2, s.14(1) and s.14(2) in V7, 40 subsections in V13
  }

  @Test
  void importIsIdempotent() {
    long requests = FoiRequest.count();
    String leicesterCells =
        "select count(*) from table_cell c join table_row r on c.row_id = r.id join answer_table t on r.table_id = t.id"
            + " join answer a on t.answer_id = a.id join foi_request q on a.request_id = q.id where q.slug = 'leicester-cse-cce-2015-2024'";
    long cells = ((Number) em.createNativeQuery(leicesterCells).getSingleResult()).longValue();
    assertThat(importer.importIfAbsent(seed.read(SeedOnStart.LEICESTER))).isFalse();
    assertThat(FoiRequest.count()).isEqualTo(requests);
    assertThat(((Number) em.createNativeQuery(leicesterCells).getSingleResult()).longValue())
        .isEqualTo(cells);
    // Table A twice (10 rows x 4) and Table B (10 x 1)
    assertThat(cells).isEqualTo(90);
  }
}
