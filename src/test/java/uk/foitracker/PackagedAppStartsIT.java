package uk.foitracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Starts the packaged app ({@code target/quarkus-app/quarkus-run.jar}, production profile) several
 * times in a row, as an operator would, and checks that every start answers 200 on {@code
 * /q/health/live} within a deadline and that every process ends on SIGTERM. It guards the start-up
 * race fixed in {@link Main}: the warm-up thread used to deadlock with Quarkus's logging start-up
 * in some starts, leaving a process that never answered. A start that hangs gets a thread dump in
 * its log ({@code target/packaged-starts/start-N.log}) and fails the build.
 *
 * <p>Run by failsafe in {@code ./mvnw verify}, after packaging. The packaged app is built for
 * PostgreSQL (the database kind is fixed at build time), so this test runs its own throw-away
 * PostgreSQL through {@code scripts/with-postgres.sh} (root and Debian's PostgreSQL 15, as in CI);
 * without them it is skipped. The sign-in server is an address where nothing listens: start-up does
 * not need it.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class PackagedAppStartsIT {
  /** How many starts; {@code -Dfoi.starts=20} for a longer hunt. */
  private static final int STARTS = Integer.getInteger("foi.starts", 5);

  /**
   * More JVM options for the app, split on spaces, e.g. {@code -Dfoi.start.jvm-options=
   * -XX:AOTCache=app.aot} to try the AOT cache (RECIPES.md).
   */
  private static final String JVM_OPTIONS = System.getProperty("foi.start.jvm-options", "");

  /**
   * A start answers in 4-5 s on an idle 2-core machine and took 23 s with the load average at 17; a
   * hung start never answers, so the deadline can be generous.
   */
  private static final Duration START_DEADLINE = Duration.ofSeconds(90);

  private static final Duration STOP_DEADLINE = Duration.ofSeconds(20);
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
  private static final Path WORK = Path.of("target/packaged-starts").toAbsolutePath();

  private static Process postgres;
  private static int pgPort;

  @BeforeAll
  static void startPostgres() throws Exception {
    assertThat(JAR).as("the packaged app (./mvnw package)").exists();
    assumeTrue(
        Files.isExecutable(Path.of("/usr/lib/postgresql/15/bin/initdb"))
            && "root".equals(System.getProperty("user.name")),
        "needs root and PostgreSQL 15 (apt-get install postgresql), as .ci/run provides");
    Files.createDirectories(WORK);
    pgPort = freePort();
    // The command waits for its standard input to close; then with-postgres.sh stops the server.
    ProcessBuilder pb =
        new ProcessBuilder(
                "scripts/with-postgres.sh", "bash", "-c", "echo POSTGRES-READY; cat >/dev/null")
            .redirectErrorStream(true);
    pb.environment().put("FOI_PG_PORT", Integer.toString(pgPort));
    postgres = pb.start();
    BufferedReader out =
        new BufferedReader(
            new InputStreamReader(postgres.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = out.readLine()) != null && !line.equals("POSTGRES-READY")) {
      lines.add(line);
    }
    assertThat(line).as("PostgreSQL started: %s", lines).isEqualTo("POSTGRES-READY");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      try (OutputStream in = postgres.getOutputStream()) {
        // closing standard input ends the command; with-postgres.sh stops the server
      }
      if (!postgres.waitFor(30, TimeUnit.SECONDS)) {
        postgres.destroy();
      }
    }
  }

  @Test
  void startsAndStopsEveryTime() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (int n = 1; n <= STARTS; n++) {
      int port = freePort();
      Path log = WORK.resolve("start-" + n + ".log");
      Process app = launch(port, log);
      try {
        long started = System.nanoTime();
        if (!answersLive(http, port, app)) {
          String dump = threadDump(app, log);
          fail(
              "Start %d did not answer 200 on /q/health/live within %s (alive: %s); log %s%n%s",
              n, START_DEADLINE, app.isAlive(), log, dump);
        }
        long upMillis = (System.nanoTime() - started) / 1_000_000;
        app.destroy(); // SIGTERM
        assertThat(app.waitFor(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS))
            .as("start %d ended within %s of SIGTERM; log %s", n, STOP_DEADLINE, log)
            .isTrue();
        // 0, or 143 when the JVM reports the signal; anything else is a crash on the way out
        assertThat(app.exitValue()).as("exit status of start %d", n).isIn(0, 143);
        System.out.printf("PackagedAppStartsIT: start %d answered after %d ms%n", n, upMillis);
      } finally {
        app.destroyForcibly();
      }
    }
  }

  private static Process launch(int port, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    for (String option : JVM_OPTIONS.trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.addAll(
        List.of(
            "-Dquarkus.http.host=127.0.0.1",
            "-Dquarkus.http.port=" + port,
            "-jar",
            JAR.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    var env = pb.environment();
    env.put("QUARKUS_PROFILE", "prod");
    env.put("FOI_DB_KIND", "postgresql");
    env.put("FOI_DB_URL", "jdbc:postgresql://127.0.0.1:" + pgPort + "/foi");
    env.put("FOI_DB_USER", "foi");
    env.put("FOI_DB_PASSWORD", "foi");
    env.put("FOI_OIDC_URL", "http://127.0.0.1:9/realms/none");
    env.put("FOI_OIDC_CLIENT_SECRET", "start-test-not-a-secret");
    env.put("FOI_OIDC_STATE_SECRET", "start-test-state-secret-of-32-characters-or-more");
    env.put("FOI_PUBLIC_BASE_URL", "http://127.0.0.1:" + port + "/");
    env.put("FOI_SEARCH_INDEX_PATH", WORK.resolve("search-index").toString());
    return pb.start();
  }

  private static boolean answersLive(HttpClient http, int port, Process app)
      throws InterruptedException {
    HttpRequest live =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + START_DEADLINE.toNanos();
    while (System.nanoTime() < deadline && app.isAlive()) {
      try {
        if (http.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      // The app is another process: nothing tells this one when it starts listening, so it asks
      // again every 100 ms until the deadline (bounded above; a dead process ends the loop).
      Thread.sleep(100);
    }
    return false;
  }

  /** The hung process's threads (jcmd), kept in its log and returned for the failure message. */
  private static String threadDump(Process app, Path log) {
    try {
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      Process p =
          new ProcessBuilder(jcmd, Long.toString(app.pid()), "Thread.print")
              .redirectErrorStream(true)
              .start();
      String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(20, TimeUnit.SECONDS);
      Files.writeString(log.resolveSibling(log.getFileName() + ".threads"), dump);
      return dump.length() > 20_000 ? dump.substring(0, 20_000) : dump;
    } catch (IOException | InterruptedException e) {
      return "(no thread dump: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
