package uk.foitracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock the app reads "today" from: UK time. Tests may replace it. */
@ApplicationScoped
public class Clocks {
  public static final ZoneId UK = ZoneId.of("Europe/London");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(UK);
  }
}
