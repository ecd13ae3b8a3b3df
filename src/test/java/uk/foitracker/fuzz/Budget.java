package uk.foitracker.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The bound on what one fuzz input may cost: at most one second of CPU time and 512 MB of memory
 * (issue 11, item 6). Every fuzz target runs its input through {@link #check}, in the replay of the
 * saved inputs ({@code ./mvnw verify}) and while fuzzing ({@code JAZZER_FUZZ=1}), so an input over
 * either limit is a failure (a finding) like an undeclared exception.
 *
 * <p>How each limit is checked:
 *
 * <ul>
 *   <li>Time: the CPU time of the thread that ran the input ({@code
 *       ThreadMXBean.getCurrentThreadCpuTime}), at most 1 s. CPU time, not wall-clock time: the
 *       build machine is shared, and a busy neighbour must not fail the build; a hang that uses no
 *       CPU is caught by the per-input wall-clock timeout of the replay, 10 s (pom.xml, {@code
 *       junit.jupiter.execution.timeout.testtemplate.method.default}; each saved input is one
 *       invocation). While fuzzing, where one invocation is the whole run, scripts/fuzz.sh turns
 *       that timeout off and the CPU check above applies to each input.
 *   <li>Memory: the bytes the thread allocated while running the input ({@code
 *       com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes}), at most 512 MB. Every
 *       object the input made alive at once was allocated, so this is an upper bound on the memory
 *       the input held at its peak. The replay JVM also runs with {@code -Xmx768m} (pom.xml,
 *       execution {@code fuzz-replay}), so a runaway input ends in an OutOfMemoryError there.
 * </ul>
 *
 * The parsers are kept within these limits by their own input limits (bytes, rows, cells, the
 * unpacked size and inflate ratio of a workbook), not by the test.
 */
public final class Budget {
  public static final Duration MAX_CPU = Duration.ofSeconds(1);
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final ThreadLocal<Boolean> WARMING = ThreadLocal.withInitial(() -> false);

  private Budget() {}

  /**
   * Runs fuzz targets once without the checks, before any input is measured: the first run of a
   * path loads (and, while fuzzing, instruments) its classes, which costs seconds and hundreds of
   * megabytes that no later input pays. Each fuzz test class calls it from {@code @BeforeAll}.
   */
  public static void warmUp(Runnable targets) {
    WARMING.set(true);
    try {
      targets.run();
    } finally {
      WARMING.set(false);
    }
  }

  /** Runs {@code work}, returns its result, and fails when it went over either limit. */
  public static <T> T check(Supplier<T> work) {
    if (WARMING.get()) {
      return work.get();
    }
    long cpu = THREADS.getCurrentThreadCpuTime();
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    try {
      return work.get();
    } finally {
      long usedCpu = THREADS.getCurrentThreadCpuTime() - cpu;
      long usedBytes = THREADS.getCurrentThreadAllocatedBytes() - bytes;
      assertThat(Duration.ofNanos(usedCpu))
          .as("CPU time for one input (limit %s)", MAX_CPU)
          .isLessThanOrEqualTo(MAX_CPU);
      assertThat(usedBytes)
          .as("bytes allocated for one input (limit 512 MB)")
          .isLessThanOrEqualTo(MAX_BYTES);
    }
  }

  /** As {@link #check(Supplier)}, for work without a result. */
  public static void check(Runnable work) {
    check(
        () -> {
          work.run();
          return null;
        });
  }
}
