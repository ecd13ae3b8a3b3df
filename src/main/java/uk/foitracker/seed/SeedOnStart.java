package uk.foitracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Loads the published cases shipped with the app into an empty database, in every profile. Runs
 * after Flyway; importing is idempotent, so a restart changes nothing.
 */
@ApplicationScoped
class SeedOnStart {
  static final String LEICESTER = "seed/leicester-cse-cce-2015-2024.json";
  private static final Logger LOG = Logger.getLogger(SeedOnStart.class);

  private final CaseImporter importer;
  private final ObjectMapper json;

  SeedOnStart(CaseImporter importer, ObjectMapper json) {
    this.importer = importer;
    this.json = json;
  }

  void onStart(@Observes StartupEvent event) {
    CaseDocument doc = read(LEICESTER);
    if (importer.importIfAbsent(doc)) {
      LOG.infof("Imported published case %s", doc.slug());
    }
  }

  CaseDocument read(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing seed file " + resource);
      }
      return json.readValue(in, CaseDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read seed file " + resource, e);
    }
  }
}
