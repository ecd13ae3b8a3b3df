package uk.foitracker.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import uk.foitracker.web.ConflictProblem;

/**
 * A page form that writes at most once: the form carries a one-time token ({@link #newToken()}),
 * and the first post with it runs the write and stores its outcome (sealed with the token, in the
 * same transaction as the write, as an Idempotency-Key does for the API). A refresh or a second
 * click with the same token gets the first outcome back instead of writing again; a second click
 * that arrives while the first still runs waits for it.
 */
@ApplicationScoped
public class FormSubmissions {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How long a second click waits for the first one to finish. */
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final IdempotentWrites writes;
  private final ObjectMapper json;

  FormSubmissions(IdempotentWrites writes, ObjectMapper json) {
    this.writes = writes;
    this.json = json;
  }

  /** A new token for a form: 128 random bits, base64url (22 characters). */
  public static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code token} looks like one this class issued (else the post is not protected). */
  public static boolean isToken(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{22}");
  }

  /**
   * Runs {@code write} once for this user, form and token, and returns its outcome; a post with a
   * token already used returns the first outcome without running the write again.
   */
  public <T> T once(String user, String form, String token, Class<T> type, Supplier<T> write) {
    IdempotencyKey key = key(user, form, token);
    Instant until = Instant.now().plus(WAIT);
    while (true) {
      Optional<T> done = outcome(key, type);
      if (done.isPresent()) {
        return done.get();
      }
      IdempotentWrites.InFlight mark;
      try {
        mark = writes.hold(key);
      } catch (ConflictProblem e) {
        // the first click is still being written: wait for its outcome
        pause(until, e);
        continue;
      }
      try {
        return type.cast(writes.write(key, write::get));
      } catch (ConflictProblem e) {
        // another instance wrote with this token at the same moment: its outcome is the answer
        pause(until, e);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        writes.release(key, mark);
      }
    }
  }

  /** The outcome of the post made with this token, if it has been made (and not expired). */
  public <T> Optional<T> outcome(String user, String form, String token, Class<T> type) {
    if (!isToken(token)) {
      return Optional.empty();
    }
    return outcome(key(user, form, token), type);
  }

  private <T> Optional<T> outcome(IdempotencyKey key, Class<T> type) {
    Optional<Response> stored = writes.stored(key);
    if (stored.isEmpty() || stored.get().getEntity() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(stored.get().getEntity().toString(), type));
    } catch (IOException e) {
      throw new IllegalStateException("The stored outcome of a form cannot be read", e);
    }
  }

  private static void pause(Instant until, ConflictProblem refused) {
    if (Instant.now().isAfter(until)) {
      throw refused;
    }
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused;
    }
  }

  private static IdempotencyKey key(String user, String form, String token) {
    return IdempotencyKey.of(token, user, "FORM", form, new byte[0]);
  }
}
