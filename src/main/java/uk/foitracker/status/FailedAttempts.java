package uk.foitracker.status;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import uk.foitracker.web.RateLimiter;

/**
 * Wrong status checks, counted in memory two ways, both keyed by the caller's address so that no
 * stranger can lock the requester out:
 *
 * <ul>
 *   <li>per client address: after {@code maxFailures} wrong tries within {@code window}, against
 *       any references, the address is refused until its oldest try leaves the window;
 *   <li>per client address and reference: after {@code pairFreeFailures} wrong tries, each further
 *       try against that reference from that address waits {@code pairDelay}, then twice as long,
 *       and so on (at most the window), and after {@code maxReferenceFailures} the pair is refused
 *       for the window.
 * </ul>
 *
 * <p>There is no longer a lock on a reference as such: it let anyone who knew or guessed a
 * reference lock its requester out for fifteen minutes (issue 21). Guessing a code stays hopeless:
 * a code has about 59 bits ({@code request.AccessCodes}), and each address gets a handful of tries
 * per window. A reference that does not exist is counted and refused exactly like one that does, so
 * a refusal tells nothing about which references exist. Both counts use the shared {@link
 * RateLimiter} (bounded memory; one instance only: a multi-instance deployment needs a shared
 * store).
 */
@ApplicationScoped
public class FailedAttempts {
  private final RateLimiter clients;
  private final RateLimiter pairs;

  FailedAttempts(Clock clock, StatusConfig config) {
    this.clients =
        new RateLimiter(clock, config.maxFailures(), config.window(), config.maxClients());
    this.pairs =
        new RateLimiter(
            clock,
            config.maxReferenceFailures(),
            config.window(),
            config.maxReferences(),
            config.pairFreeFailures(),
            config.pairDelay());
  }

  /** How long the address must wait before trying again; empty when it may try now. */
  public Optional<Duration> retryAfter(String client) {
    return clients.retryAfter(client);
  }

  /**
   * Before a code is checked: refuses when the address, or the address against this reference, has
   * used up its tries or must wait, else counts this try against both at once, as a failure until
   * {@link #succeeded} says otherwise. Checking and counting in one step means parallel guesses
   * cannot all slip in before the first of them is counted.
   *
   * @return the refusal, naming which limit and how long to wait; empty when the code may be
   *     checked
   */
  public synchronized Optional<Refusal> attempt(String client, String reference) {
    Optional<Duration> wait = clients.retryAfter(client);
    if (wait.isPresent()) {
      return Optional.of(new Refusal(Limit.ADDRESS, wait.get()));
    }
    wait = pairs.retryAfter(pair(client, reference));
    if (wait.isPresent()) {
      return Optional.of(new Refusal(Limit.PAIR, wait.get()));
    }
    clients.record(client);
    pairs.record(pair(client, reference));
    return Optional.empty();
  }

  /** The code was right: the try counted by {@link #attempt} is taken back. */
  public synchronized void succeeded(String client, String reference) {
    clients.forgetNewest(client);
    pairs.forgetNewest(pair(client, reference));
  }

  private static String pair(String client, String reference) {
    return client + " " + reference;
  }

  /** Which count refused a try. */
  public enum Limit {
    /** The address, whatever the reference. */
    ADDRESS,
    /** The address against this one reference. */
    PAIR
  }

  /** A refused try: which limit, and how long until the next try is allowed. */
  public record Refusal(Limit limit, Duration retryAfter) {}

  /** Forgets every address and pair (tests, or an operator after a false alarm). */
  public void clear() {
    clients.clear();
    pairs.clear();
  }
}
