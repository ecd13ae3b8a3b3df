package uk.foitracker;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.jboss.logging.Logger;
import uk.foitracker.search.SearchIndex;

/**
 * Starts FOI Tracker. With {@code --rebuild-index} it instead rebuilds the search index on disk
 * from the database and exits (after a bulk load or a restore; the app must not be running, as the
 * index folder is locked by the running app).
 */
@QuarkusMain
public class Main {
  static final String REBUILD = "--rebuild-index";

  public static void main(String... args) {
    if (Arrays.asList(args).contains(REBUILD)) {
      System.setProperty("foi.search.sync-on-start", "false");
    }
    Quarkus.run(App.class, args);
  }

  /** The application: serve until stopped, or run the command asked for. */
  public static class App implements QuarkusApplication {
    private static final Logger LOG = Logger.getLogger(Main.class);

    @Inject SearchIndex index;

    @Override
    public int run(String... args) {
      if (Arrays.asList(args).contains(REBUILD)) {
        long start = System.nanoTime();
        int count = index.rebuild();
        LOG.infof(
            "Search index rebuilt: %d published cases in %d ms",
            count, (System.nanoTime() - start) / 1_000_000);
        return 0;
      }
      Quarkus.waitForExit();
      return 0;
    }
  }
}
