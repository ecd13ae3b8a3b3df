package uk.foitracker.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;
import uk.foitracker.web.ConflictProblem;

/**
 * Writes made with an Idempotency-Key: the first one runs and its response is stored in the same
 * transaction; a retry with the same key and body gets the stored response; the same key with
 * another body is refused (422), and so is a retry while the first is still running (409). A key in
 * flight is known in memory (this instance); across instances the key's primary key in the database
 * refuses the second write (409, then the stored response on the next retry).
 */
@ApplicationScoped
public class IdempotentWrites {
  static final String REPLAYED = "Idempotent-Replayed";

  /** A key marked in flight for longer than this is taken to be abandoned. */
  private static final Duration STALE = Duration.ofMinutes(5);

  /** How often expired keys are deleted. */
  private static final Duration CLEAN_UP_EVERY = Duration.ofHours(1);

  private final Clock clock;
  private final ObjectMapper json;
  private final Duration retention;
  private final ConcurrentHashMap<String, InFlight> inFlight = new ConcurrentHashMap<>();
  private final AtomicReference<Instant> nextCleanUp = new AtomicReference<>(Instant.MIN);

  /** One request holding a key while its write runs. */
  record InFlight(Instant since) {}

  IdempotentWrites(
      Clock clock,
      ObjectMapper json,
      @ConfigProperty(name = "foi.idempotency.retention") Duration retention) {
    this.clock = clock;
    this.json = json;
    this.retention = retention;
  }

  /**
   * Before the write: the stored response when the key already completed this request; 422 when it
   * completed another request (method, path or body differ); empty when it has not completed.
   */
  @Transactional
  public Optional<Response> stored(IdempotencyKey key) {
    Instant now = clock.instant();
    cleanUpIfDue(now);
    IdempotencyRecord stored = IdempotencyRecord.findById(key.hash());
    if (stored == null || !stored.expiresAt.isAfter(now) || stored.status == null) {
      return Optional.empty();
    }
    if (!stored.fingerprint.equals(key.fingerprint())) {
      throw new WebApplicationException(
          "This Idempotency-Key was used for a different request (another method, address or"
              + " body). Use a new key for a new request.",
          422);
    }
    return Optional.of(replay(stored, key));
  }

  /**
   * Marks the key in flight in this instance until {@link #release}; 409 when another request holds
   * it. Outside any transaction, so that nothing can fail between marking and handing back the
   * mark.
   */
  public InFlight hold(IdempotencyKey key) {
    Instant now = clock.instant();
    InFlight mine = new InFlight(now);
    InFlight other = inFlight.putIfAbsent(key.hash(), mine);
    if (other != null
        && (other.since().isAfter(now.minus(STALE))
            || !inFlight.replace(key.hash(), other, mine))) {
      throw new ConflictProblem(
          "A request with this Idempotency-Key is still being processed. Retry it in a moment.");
    }
    return mine;
  }

  /**
   * Runs the write in a new transaction that also stores the key and the response; an exception
   * rolls back both (nothing is stored, a retry runs the write again).
   */
  @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public Object write(IdempotencyKey key, Callable<Object> write) throws Exception {
    Instant now = clock.instant();
    IdempotencyRecord.delete("keyHash = ?1 and expiresAt <= ?2", key.hash(), now);
    IdempotencyRecord record = new IdempotencyRecord();
    record.keyHash = key.hash();
    record.username = key.user();
    record.fingerprint = key.fingerprint();
    record.createdAt = now;
    record.expiresAt = now.plus(retention);
    record.persist();
    try {
      IdempotencyRecord.flush();
    } catch (PersistenceException e) {
      if (e instanceof ConstraintViolationException
          || e.getCause() instanceof ConstraintViolationException) {
        throw new ConflictProblem(
            "A request with this Idempotency-Key was being processed at the same time. Retry it to"
                + " get its response.");
      }
      throw e;
    }
    Object result = write.call();
    store(record, key, result);
    return result;
  }

  /** Releases the key's in-flight mark, if it is still this request's. */
  public void release(IdempotencyKey key, InFlight mark) {
    if (mark != null) {
      inFlight.remove(key.hash(), mark);
    }
  }

  private void store(IdempotencyRecord record, IdempotencyKey key, Object result)
      throws JsonProcessingException {
    Object entity = result;
    int status = result == null ? 204 : 200;
    if (result instanceof Response response) {
      status = response.getStatus();
      entity = response.getEntity();
      URI location = response.getLocation();
      if (location != null) {
        record.location =
            location.getRawPath()
                + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
      }
    }
    record.status = status;
    if (entity != null) {
      String body = entity instanceof String s ? s : json.writeValueAsString(entity);
      record.sealedBody = key.seal(body);
    }
  }

  private static Response replay(IdempotencyRecord stored, IdempotencyKey key) {
    Response.ResponseBuilder answer =
        Response.status(stored.status).header(REPLAYED, "true").header("Cache-Control", "no-store");
    if (stored.location != null) {
      answer.location(URI.create(stored.location));
    }
    if (stored.sealedBody != null) {
      answer.entity(key.open(stored.sealedBody)).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return answer.build();
  }

  private void cleanUpIfDue(Instant now) {
    Instant due = nextCleanUp.get();
    if (now.isAfter(due) && nextCleanUp.compareAndSet(due, now.plus(CLEAN_UP_EVERY))) {
      IdempotencyRecord.delete("expiresAt <= ?1", now);
    }
  }
}
