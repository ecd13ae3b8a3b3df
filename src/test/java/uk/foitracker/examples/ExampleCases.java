package uk.foitracker.examples;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real responses entered through the officer screens, for tests outside this package (the
 * browser tests): published once per run, or left as an unsent draft. The caller must be signed in
 * as an officer for RestAssured (e.g. {@code @TestSecurity(user = "olive", roles = "officer")}).
 */
public final class ExampleCases {
  private static final Map<String, ScreenEntry.Entered> ENTERED = new ConcurrentHashMap<>();

  private ExampleCases() {}

  /** The slug of the example's published case (entered, sent and published once per run). */
  public static String published(String key) {
    return entered(key).slug();
  }

  /** The reference of the example's published request (entered once per run). */
  public static String reference(String key) {
    return entered(key).reference();
  }

  private static ScreenEntry.Entered entered(String key) {
    return ENTERED.computeIfAbsent(key, k -> ScreenEntry.enter(example(k)));
  }

  /** The reference of a new request holding the example's response as an unsent draft. */
  public static String draft(String key) {
    return ScreenEntry.enter(example(key), false).reference();
  }

  private static Example example(String key) {
    return Examples.all().stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no example " + key));
  }
}
