package uk.foitracker.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load and the faults of {@code bench/fault-run.sh}: a steady load on the running app (about
 * 80% reads of public pages and the API, 20% officer writes, each with a fresh Idempotency-Key and
 * retried with the same key until acknowledged), while PostgreSQL is killed ({@code kill -9} of the
 * postmaster and {@code pg_ctl stop -m immediate}, in turn) and started again. Then it counts, in
 * the database, every write: each acknowledged one must be there exactly once. Exit status 1 when a
 * write is lost or duplicated, a write is refused as bad (4xx other than 409), or the app does not
 * recover; 2 on a setup error.
 *
 * <p>Run by the script (JDK only, plus pgjdbc for the count); settings from the environment:
 * FAULT_BASE_URL, FAULT_TOKEN (an officer's bearer token), FAULT_CYCLES, FAULT_UP_SECONDS (load
 * between kills), FAULT_DOWN_SECONDS (how long the database stays down), FAULT_RATE (requests per
 * second), FAULT_WORKERS, FAULT_LEDGER (CSV of every write), FAULT_SUMMARY (markdown), and from
 * scripts/with-postgres.sh: FOI_PG_BIN, FOI_PG_DATA, FOI_PG_LOG, FOI_PG_OPTS, FOI_DB_URL,
 * FOI_DB_USER, FOI_DB_PASSWORD.
 */
public final class FaultLoad {
  static final String MARK = "FAULT-RUN";
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(90);

  /** Writes whose first acknowledgement the client drops, to retry it as if it were lost. */
  private static final int LOST_ACK_PERCENT = 5;

  /** One write as the client saw it. */
  static final class Write {
    final String key;
    final String kind;
    final String reference;
    volatile boolean acknowledged;
    volatile boolean replayed;
    volatile int attempts;
    volatile int status;
    volatile String created;

    /** The first acknowledgement is thrown away, as if the answer were lost on the way back. */
    volatile boolean dropFirstAck;

    volatile boolean ackDropped;

    Write(String key, String kind, String reference) {
      this.key = key;
      this.kind = kind;
      this.reference = reference;
    }
  }

  /** An acknowledged request of one worker, and how many of its questions are answered. */
  record Owned(String reference, int answered) {}

  private final String base;
  private final String token;
  private final HttpClient http;
  private final int rate;
  private final AtomicBoolean issuing = new AtomicBoolean(true);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong nextSlot = new AtomicLong();
  private final long slotNanos;
  private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> sharedRefs = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private final AtomicLong lastWriteAck = new AtomicLong();

  /**
   * Odd while the database is down or the app has not yet recovered: a failed request that began or
   * ended in such a window, or spanned one, counts as an error during an outage.
   */
  private final AtomicLong outageSeq = new AtomicLong();

  FaultLoad(String base, String token, int rate) {
    this.base = base;
    this.token = token;
    this.rate = rate;
    this.slotNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, rate);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public static void main(String[] args) throws Exception {
    int cycles = intEnv("FAULT_CYCLES", 10);
    int up = intEnv("FAULT_UP_SECONDS", 15);
    int down = intEnv("FAULT_DOWN_SECONDS", 5);
    int workers = intEnv("FAULT_WORKERS", 8);
    FaultLoad load =
        new FaultLoad(env("FAULT_BASE_URL"), env("FAULT_TOKEN"), intEnv("FAULT_RATE", 25));
    int status = load.run(cycles, up, down, workers);
    System.exit(status);
  }

  int run(int cycles, int up, int down, int workers) throws Exception {
    long start = System.nanoTime();
    if (!waitForRead(Duration.ofSeconds(60))) {
      log("the app does not answer at " + base);
      return 2;
    }
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::work, "fault-load-" + i);
      t.start();
      threads.add(t);
    }
    List<long[]> recoveries = new ArrayList<>();
    List<String> methods = new ArrayList<>();
    boolean recovered = true;
    Thread.sleep(up * 1000L);
    for (int cycle = 1; cycle <= cycles; cycle++) {
      String how = cycle % 2 == 1 ? "kill -9" : "immediate stop";
      log("cycle " + cycle + "/" + cycles + ": " + how + " of PostgreSQL");
      outageSeq.incrementAndGet();
      if (cycle % 2 == 1) {
        killPostmaster();
      } else {
        pgCtl("stop", "-m", "immediate");
      }
      Thread.sleep(down * 1000L);
      startPostgres();
      long started = System.nanoTime();
      long readBack = firstReadAfter(started);
      long writeBack = firstWriteAckAfter(started);
      outageSeq.incrementAndGet();
      if (readBack < 0 || writeBack < 0) {
        log(
            "cycle "
                + cycle
                + ": the app did not recover within "
                + RECOVERY_LIMIT.toSeconds()
                + " s");
        recovered = false;
        break;
      }
      recoveries.add(new long[] {readBack - started, writeBack - started});
      methods.add(how);
      log(
          "cycle "
              + cycle
              + ": database back; reads after "
              + ms(readBack - started)
              + " ms, writes after "
              + ms(writeBack - started)
              + " ms");
      Thread.sleep(up * 1000L);
    }
    // Stop issuing new writes; writes in flight keep retrying with their key until acknowledged.
    issuing.set(false);
    long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < drainUntil && pending() > 0) {
      Thread.sleep(200);
    }
    running.set(false);
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(40));
    }
    boolean servesAtEnd = recovered && waitForRead(Duration.ofSeconds(10)) && finalWrite();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

    Counts counts = countInDatabase();
    Reconciliation r = Reconciliation.of(writes, counts.byKey());
    writeLedger(counts.byKey());
    long requests = count("requests");
    long maxRead = recoveries.stream().mapToLong(x -> x[0]).max().orElse(0);
    long maxWrite = recoveries.stream().mapToLong(x -> x[1]).max().orElse(0);
    StringBuilder recoveryList = new StringBuilder();
    for (int i = 0; i < recoveries.size(); i++) {
      recoveryList
          .append(i == 0 ? "" : ", ")
          .append(ms(recoveries.get(i)[0]))
          .append("/")
          .append(ms(recoveries.get(i)[1]));
    }
    long rowsWritten = counts.byKey().values().stream().mapToLong(Integer::longValue).sum();
    boolean keysMatch = counts.storedKeys() == rowsWritten;
    if (!keysMatch) {
      log(counts.storedKeys() + " stored Idempotency-Keys for " + rowsWritten + " rows written");
    }
    boolean ok =
        keysMatch
            && r.lost() == 0
            && r.duplicated() == 0
            && r.unknown() == 0
            && r.droppedNotReplayed() == 0
            && count("write-refused") == 0
            && recovered
            && servesAtEnd
            && recoveries.size() == cycles;
    List<String> lines = new ArrayList<>();
    lines.add(
        "| cycles | requests | reads ok | writes acknowledged | of them replayed | retries | errors during outages | errors outside outages | writes refused | lost | duplicates | applied, not acknowledged | recovery read/write ms (each cycle) | max recovery read/write ms | serves at end |");
    lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
    lines.add(
        String.format(
            Locale.ROOT,
            "| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %d/%d | %s |",
            recoveries.size(),
            requests,
            count("read-ok"),
            r.acknowledged(),
            r.replayed(),
            count("retries"),
            count("errors-outage"),
            count("errors-steady"),
            count("write-refused"),
            r.lost(),
            r.duplicated(),
            r.appliedUnacknowledged(),
            recoveryList,
            ms(maxRead),
            ms(maxWrite),
            servesAtEnd ? "yes, same process" : "NO"));
    String kills =
        methods.stream().filter("kill -9"::equals).count()
            + " kill -9 of the postmaster, "
            + methods.stream().filter("immediate stop"::equals).count()
            + " pg_ctl stop -m immediate";
    String summary =
        String.join("\n", lines)
            + "\n\n"
            + String.format(
                Locale.ROOT,
                "%d s in all; %s, each %d s down, %d s of load between; target %d requests/s from %d"
                    + " clients, %d writes sent (%d logged requests, %d answers), %d not acknowledged"
                    + " when the run ended; %d Idempotency-Keys stored for %d rows written. The"
                    + " client threw away the first acknowledgement of %d writes (as if lost on the"
                    + " way back) and retried them with the same key: %d were answered from the"
                    + " store, %d wrote again. %s\n",
                seconds,
                kills,
                down,
                up,
                rate,
                workers,
                writes.size(),
                writes.stream().filter(w -> w.kind.equals("request")).count(),
                writes.stream().filter(w -> w.kind.equals("answer")).count(),
                r.unacknowledged(),
                counts.storedKeys(),
                rowsWritten,
                r.ackDropped(),
                r.ackDropped() - r.droppedNotReplayed(),
                r.droppedNotReplayed(),
                ok ? "Result: PASS." : "Result: FAIL.");
    System.out.println(summary);
    String out = System.getenv("FAULT_SUMMARY");
    if (out != null && !out.isBlank()) {
      Files.writeString(Path.of(out), summary, StandardCharsets.UTF_8);
    }
    if (r.unknown() > 0) {
      log(r.unknown() + " rows carry a key this run never sent");
    }
    return ok ? 0 : 1;
  }

  private long pending() {
    synchronized (writes) {
      return writes.stream().filter(w -> !w.acknowledged && w.status != -2).count();
    }
  }

  // --- the load ------------------------------------------------------------------------------

  private void work() {
    List<Owned> mine = new ArrayList<>();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (running.get()) {
      pace();
      if (!running.get()) {
        return;
      }
      if (random.nextInt(100) < 20) {
        if (!issuing.get()) {
          sleep(100);
          continue;
        }
        Owned open = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
        if (open != null && open.answered() < 3 && random.nextBoolean()) {
          int question = open.answered() + 1;
          String key = UUID.randomUUID().toString();
          Write w = new Write(key, "answer", open.reference());
          String body =
              "{\"questions\":["
                  + question
                  + "],\"paragraphs\":[\""
                  + MARK
                  + " "
                  + key
                  + "\",\"The figures are in the table below.\"]}";
          if (send(w, "/api/responses/" + open.reference() + "/answers", body)) {
            mine.set(mine.indexOf(open), new Owned(open.reference(), question));
          } else {
            mine.remove(open); // unknown state: leave that request alone
          }
        } else {
          String key = UUID.randomUUID().toString();
          Write w = new Write(key, "request", null);
          String body =
              "{\"regime\":\"FOIA\",\"receivedOn\":\""
                  + LocalDate.now(ZoneOffset.UTC).minusDays(3)
                  + "\",\"channel\":\"EMAIL\",\"summary\":\""
                  + MARK
                  + " "
                  + key
                  + "\",\"requesterName\":\"Fay Ultrun\",\"requesterContact\":\"fay@example.org\","
                  + "\"requestText\":\"1. How many potholes were repaired in 2024?\\n"
                  + "2. How many were reported?\\n3. What did the repairs cost?\"}";
          if (send(w, "/api/requests", body) && w.created != null) {
            mine.add(new Owned(w.created, 0));
            if (sharedRefs.size() < 50) {
              sharedRefs.add(w.created);
            }
          }
        }
      } else {
        read(random);
      }
    }
  }

  private void read(ThreadLocalRandom random) {
    String ref = sharedRefs.isEmpty() ? null : sharedRefs.get(random.nextInt(sharedRefs.size()));
    String path;
    boolean officer = false;
    switch (random.nextInt(6)) {
      case 0 -> path = "/cases/leicester-cse-cce-2015-2024";
      case 1 -> path = "/";
      case 2 -> path = "/api/cases";
      case 3 -> path = "/cases?q=exploitation";
      case 4 -> {
        path = "/api/requests";
        officer = true;
      }
      default -> {
        path = ref == null ? "/api/requests" : "/api/requests/" + ref;
        officer = true;
      }
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
    if (officer) {
      request.header("Authorization", "Bearer " + token);
    }
    increment("requests");
    long began = outageSeq.get();
    try {
      HttpResponse<Void> response =
          http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() == 200) {
        increment("read-ok");
      } else {
        error(began);
      }
    } catch (IOException e) {
      error(began);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends one write with its key until it is acknowledged (2xx) or the run ends. A 409 (the key in
   * flight), a 5xx or no answer is retried with the same key and body after a pause.
   */
  private boolean send(Write w, String path, String body) {
    writes.add(w);
    w.dropFirstAck = ThreadLocalRandom.current().nextInt(100) < LOST_ACK_PERCENT;
    long backoff = 100;
    while (running.get()) {
      w.attempts++;
      if (w.attempts > 1) {
        increment("retries");
      }
      increment("requests");
      long began = outageSeq.get();
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "\"" + w.key + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        w.status = response.statusCode();
        if (response.statusCode() / 100 == 2 && w.dropFirstAck && !w.ackDropped) {
          w.ackDropped = true; // the client never saw it: retry with the same key
          sleep(backoff);
          continue;
        }
        if (response.statusCode() / 100 == 2) {
          Matcher m = REFERENCE.matcher(response.body());
          w.created = m.find() ? m.group(1) : null;
          w.replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
          w.acknowledged = true;
          lastWriteAck.set(System.nanoTime());
          return true;
        }
        if (response.statusCode() != 409 && response.statusCode() < 500) {
          increment("write-refused");
          log(
              "write refused: "
                  + response.statusCode()
                  + " "
                  + path
                  + " "
                  + response.body().replaceAll("\\s+", " "));
          w.status = -2;
          return false;
        }
        error(began);
      } catch (IOException e) {
        w.status = -1;
        error(began);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      sleep(backoff);
      backoff = Math.min(1000, backoff * 2);
    }
    return false;
  }

  private void error(long began) {
    long now = outageSeq.get();
    increment(began % 2 == 1 || now != began ? "errors-outage" : "errors-steady");
  }

  private void pace() {
    long now = System.nanoTime();
    long slot = nextSlot.getAndAdd(slotNanos);
    if (slot < now - TimeUnit.SECONDS.toNanos(1)) {
      nextSlot.set(now + slotNanos);
      slot = now;
    }
    long wait = slot - now;
    if (wait > 0) {
      sleep(TimeUnit.NANOSECONDS.toMillis(wait));
    }
  }

  private boolean waitForRead(Duration limit) {
    long until = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < until) {
      if (probe() == 200) {
        return true;
      }
      sleep(200);
    }
    return false;
  }

  /** A read that needs the database: the API's list of requests. */
  private int probe() {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/requests"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private long firstReadAfter(long started) {
    long until = started + RECOVERY_LIMIT.toNanos();
    while (System.nanoTime() < until) {
      if (probe() == 200) {
        return System.nanoTime();
      }
      sleep(50);
    }
    return -1;
  }

  private long firstWriteAckAfter(long started) {
    long until = started + RECOVERY_LIMIT.toNanos();
    while (System.nanoTime() < until) {
      long ack = lastWriteAck.get();
      if (ack > started) {
        return ack;
      }
      sleep(50);
    }
    return -1;
  }

  /** After the load: one more write with a key, acknowledged, shows writes work again. */
  private boolean finalWrite() {
    running.set(true);
    Write w = new Write(UUID.randomUUID().toString(), "request", null);
    Thread t =
        new Thread(
            () ->
                send(
                    w,
                    "/api/requests",
                    "{\"regime\":\"FOIA\",\"receivedOn\":\""
                        + LocalDate.now(ZoneOffset.UTC).minusDays(1)
                        + "\",\"channel\":\"EMAIL\",\"summary\":\""
                        + MARK
                        + " "
                        + w.key
                        + "\",\"requesterName\":\"Fay Ultrun\",\"requesterContact\":"
                        + "\"fay@example.org\",\"requestText\":\"1. The last question?\"}"));
    t.start();
    try {
      t.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    running.set(false);
    return w.acknowledged && w.status == 201;
  }

  // --- the faults ----------------------------------------------------------------------------

  private static void killPostmaster() throws IOException, InterruptedException {
    String pid = Files.readAllLines(Path.of(env("FOI_PG_DATA"), "postmaster.pid")).get(0).strip();
    exec(List.of("kill", "-9", pid), true);
  }

  private static void startPostgres() throws IOException, InterruptedException {
    // After kill -9 the old server processes may take a moment to leave: retry.
    for (int i = 0; i < 60; i++) {
      if (pgCtl("start") == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("PostgreSQL did not start again; see " + env("FOI_PG_LOG"));
  }

  private static int pgCtl(String action, String... extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                env("FOI_PG_BIN") + "/pg_ctl",
                "-D",
                env("FOI_PG_DATA"),
                "-w",
                "-t",
                "30"));
    if (action.equals("start")) {
      command.addAll(List.of("-l", env("FOI_PG_LOG"), "-o", env("FOI_PG_OPTS")));
    }
    command.addAll(List.of(extra));
    command.add(action);
    return exec(command, !action.equals("start"));
  }

  private static int exec(List<String> command, boolean mustSucceed)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + ": no answer in 60 s");
    }
    if (mustSucceed && process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + output.strip());
    }
    return process.exitValue();
  }

  // --- the count -----------------------------------------------------------------------------

  /**
   * How many rows in the database carry each key (logged requests by title, answers by body), and
   * how many Idempotency-Key rows the officer's writes left (one per committed write).
   */
  record Counts(Map<String, Integer> byKey, long storedKeys) {}

  private static Counts countInDatabase() throws SQLException {
    Map<String, Integer> byKey = new HashMap<>();
    long storedKeys;
    Pattern key = Pattern.compile(MARK + " ([0-9a-f-]{36})");
    try (Connection c =
            DriverManager.getConnection(
                env("FOI_DB_URL"), env("FOI_DB_USER"), env("FOI_DB_PASSWORD"));
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "select title from foi_request where title like '" + MARK + " %'",
              "select body from answer where body like '" + MARK + " %'")) {
        try (ResultSet rows = s.executeQuery(sql)) {
          while (rows.next()) {
            Matcher m = key.matcher(rows.getString(1));
            if (m.find()) {
              byKey.merge(m.group(1), 1, Integer::sum);
            }
          }
        }
      }
      try (ResultSet rows =
          s.executeQuery("select count(*) from idempotency_key where username = 'olive'")) {
        rows.next();
        storedKeys = rows.getLong(1);
      }
    }
    return new Counts(byKey, storedKeys);
  }

  /** Writes as the client saw them against rows as the database has them. */
  record Reconciliation(
      int acknowledged,
      int replayed,
      int lost,
      int duplicated,
      int unacknowledged,
      int appliedUnacknowledged,
      int unknown,
      int ackDropped,
      int droppedNotReplayed) {
    static Reconciliation of(List<Write> writes, Map<String, Integer> rows) {
      int acknowledged = 0;
      int replayed = 0;
      int lost = 0;
      int duplicated = 0;
      int unacknowledged = 0;
      int applied = 0;
      int dropped = 0;
      int droppedNotReplayed = 0;
      Map<String, Integer> unseen = new HashMap<>(rows);
      synchronized (writes) {
        for (Write w : writes) {
          int n = rows.getOrDefault(w.key, 0);
          unseen.remove(w.key);
          if (n > 1) {
            duplicated++;
          }
          if (w.ackDropped) {
            dropped++;
            if (w.acknowledged && !w.replayed) {
              droppedNotReplayed++;
            }
          }
          if (w.acknowledged) {
            acknowledged++;
            if (w.replayed) {
              replayed++;
            }
            if (n == 0) {
              lost++;
            }
          } else {
            unacknowledged++;
            if (n == 1) {
              applied++;
            }
          }
        }
      }
      return new Reconciliation(
          acknowledged,
          replayed,
          lost,
          duplicated,
          unacknowledged,
          applied,
          unseen.size(),
          dropped,
          droppedNotReplayed);
    }
  }

  private void writeLedger(Map<String, Integer> rows) throws IOException {
    String path = System.getenv("FAULT_LEDGER");
    if (path == null || path.isBlank()) {
      return;
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(path)))) {
      out.println("key,kind,reference,acknowledged,replayed,attempts,last_status,rows");
      synchronized (writes) {
        for (Write w : writes) {
          out.printf(
              Locale.ROOT,
              "%s,%s,%s,%s,%s,%d,%d,%d%n",
              w.key,
              w.kind,
              w.kind.equals("answer") ? w.reference : w.created,
              w.acknowledged,
              w.replayed,
              w.attempts,
              w.status,
              rows.getOrDefault(w.key, 0));
        }
      }
    }
  }

  // --- small things ----------------------------------------------------------------------------

  private void increment(String name) {
    counters.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
  }

  private long count(String name) {
    AtomicLong n = counters.get(name);
    return n == null ? 0 : n.get();
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void log(String message) {
    System.err.println(
        "fault-run "
            + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_TIME)
            + ": "
            + message);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }

  private static int intEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }
}
