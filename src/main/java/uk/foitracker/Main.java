package uk.foitracker;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.LogManager;
import org.jboss.logging.Logger;
import uk.foitracker.imports.ImportDirectory;
import uk.foitracker.request.AccessCodes;
import uk.foitracker.rules.WorkingDayCalendar;
import uk.foitracker.search.SearchIndex;

/**
 * Starts FOI Tracker. With {@code --rebuild-index} it instead rebuilds the search index on disk
 * from the database and exits (after a bulk load or a restore; the app must not be running, as the
 * index folder is locked by the running app). With {@code --import-dir DIR} it reads the letters in
 * DIR into proposals for officers ({@code DIR/proposals/}, see {@link ImportDirectory}) and exits.
 */
@QuarkusMain
public class Main {
  static final String REBUILD = "--rebuild-index";
  static final String IMPORT_DIR = "--import-dir";

  public static void main(String... args) {
    if (Arrays.asList(args).contains(REBUILD) || Arrays.asList(args).contains(IMPORT_DIR)) {
      System.setProperty("foi.search.sync-on-start", "false");
    } else {
      initialiseLogging();
      warmUp();
    }
    Quarkus.run(App.class, args);
  }

  /**
   * Initialises java.util.logging on this thread, before the warm-up thread exists.
   *
   * <p>The warm-up thread logs (Jollyday through SLF4J, JAXB through java.util.logging), and so
   * does Quarkus's start-up on the main thread; whichever logs first initialises the logging
   * system. With both at once, the two locks involved were taken in opposite orders. Seen in a
   * thread dump of a hung start (JDK 25, {@code aot-jar}; 2 starts in 6 hung for good): the main
   * thread, in {@code LogManager.ensureLogManagerInitialized} (holding its lock), waited for the
   * class initialisation of JBoss {@code LogContext}; the warm-up thread, inside that class
   * initialisation (its configurator makes a {@code Handler}, whose constructor calls {@code
   * getLogManager()}), waited for that lock. Done here, while the main thread is the only one of
   * the app, the whole initialisation completes before the second thread starts; later calls find
   * it done and take neither lock. (The same build with this call started 8 times in 8.)
   *
   * <p>It is the right manager: the packaged app's entry point ({@code QuarkusEntryPoint}, {@code
   * AotQuarkusEntryPoint}) sets {@code java.util.logging.manager} to {@code
   * org.jboss.logmanager.LogManager} as its first statement, before it loads this class, and the
   * test and dev launchers set it on the command line.
   */
  static void initialiseLogging() {
    LogManager.getLogManager();
  }

  /**
   * Makes, beside the start-up (which runs on one thread), the two slow things that start-up or the
   * first requests would otherwise wait for: the UK holiday calendar (Jollyday reads its XML with
   * JAXB, about half a second cold) and the dummy access-code hash (PBKDF2, slow by design).
   * Whoever needs either first waits for this thread to finish it (class initialisation), so
   * nothing is made twice.
   */
  static void warmUp() {
    Thread warm =
        new Thread(
            () -> {
              try {
                WorkingDayCalendar.ukWide();
                AccessCodes.dummyHash();
              } catch (RuntimeException | Error e) {
                // the calendar or the hash cannot be made: every clock and status check will fail
                Logger.getLogger(Main.class).error("Start-up warm-up failed", e);
              }
            },
            "warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** The application: serve until stopped, or run the command asked for. */
  public static class App implements QuarkusApplication {
    private static final Logger LOG = Logger.getLogger(Main.class);

    @Inject SearchIndex index;
    @Inject ImportDirectory imports;

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
      int at = Arrays.asList(args).indexOf(IMPORT_DIR);
      if (at >= 0) {
        if (at + 1 >= args.length) {
          System.out.println("Usage: --import-dir DIR (a folder of .txt, .docx and .pdf letters)");
          return 2;
        }
        return imports.run(Path.of(args[at + 1]), System.out);
      }
      Quarkus.waitForExit();
      return 0;
    }
  }
}
