package uk.foitracker.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.request.AccessCodes;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestClocks;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Explanation;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.TooManyAttempts;
import uk.foitracker.web.ValidationProblem;

/**
 * A requester checks their request's status with its reference and access code. A wrong reference
 * and a wrong code get the same answer, in about the same time (a missing reference is checked
 * against a dummy hash, so PBKDF2 runs once either way), and each counts against the client's
 * address and against the reference; too many wrong tries and the address, or the reference from
 * any address, must wait (429), before any code is checked. Reads only: nothing is written, nothing
 * logged. The codes checked and the refusals are counted in the metrics ({@code
 * foi_status_code_checks_total}, {@code foi_status_refusals_total{limit=address|reference}}).
 */
@ApplicationScoped
@Startup // its metrics exist (at 0) from start-up
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestStatuses {
  /** The answer to a wrong reference and to a wrong code alike. */
  public static final String NOT_FOUND =
      "We could not find a request with that reference and access code";

  /** The metric counting access-code checks: one PBKDF2 run each. */
  public static final String CODE_CHECKS = "foi.status.code.checks";

  /**
   * The metric counting 429s, tagged {@code limit=address} or {@code limit=pair} (address and
   * reference).
   */
  public static final String REFUSALS = "foi.status.refusals";

  private static final Pattern REFERENCE =
      Pattern.compile("([A-Z0-9]{1,12}-)?(FOI|EIR)-\\d{4}-\\d{5}");
  private static final int MAX_CODE_LENGTH = 40;

  private final RequestClocks clocks;
  private final FailedAttempts failures;
  private final Counter codeChecks;
  private final Counter refusedAddress;
  private final Counter refusedPair;

  RequestStatuses(RequestClocks clocks, FailedAttempts failures, MeterRegistry metrics) {
    this.clocks = clocks;
    this.failures = failures;
    this.codeChecks =
        Counter.builder(CODE_CHECKS)
            .description("Access codes checked (PBKDF2 runs) by the status check")
            .register(metrics);
    this.refusedAddress = refusals(metrics, "address");
    this.refusedPair = refusals(metrics, "pair");
  }

  private static Counter refusals(MeterRegistry metrics, String limit) {
    return Counter.builder(REFUSALS)
        .description("Status checks refused for too many wrong tries, before any code is checked")
        .tag("limit", limit)
        .register(metrics);
  }

  /** A wrong reference or code: the same for both. */
  public static class NoSuchStatus extends NotFoundProblem {
    NoSuchStatus() {
      super(NOT_FOUND + ".");
    }
  }

  /**
   * The status of the request with this reference and access code.
   *
   * @param client the caller's address, to slow down repeated wrong tries
   * @throws TooManyAttempts when the address, or the address against this reference, has made too
   *     many wrong tries lately
   * @throws ValidationProblem when the reference is malformed or either field is empty
   * @throws NoSuchStatus when no request has this reference and code
   */
  public RequestStatus check(String reference, String accessCode, String client) {
    Optional<Duration> wait = failures.retryAfter(client);
    if (wait.isPresent()) {
      refusedAddress.increment();
      throw new TooManyAttempts(wait.get());
    }
    String ref = normaliseReference(reference);
    String code = accessCode == null ? "" : accessCode.strip();
    List<FieldError> errors = new ArrayList<>();
    if (ref.isEmpty()) {
      errors.add(
          new FieldError(
              "reference", "Enter the reference from your acknowledgement, like FOI-2026-00042"));
    } else if (!REFERENCE.matcher(ref).matches()) {
      errors.add(
          new FieldError(
              "reference", "Enter the reference in the format FOI-2026-00042 or EIR-2026-00042"));
    }
    if (code.isEmpty()) {
      errors.add(new FieldError("accessCode", "Enter the access code from your acknowledgement"));
    } else if (code.length() > MAX_CODE_LENGTH) {
      errors.add(
          new FieldError(
              "accessCode", "The access code is 12 letters and numbers, like K7QP-M3XW-RT9B"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    // Known or not, a reference tried too often from this address is refused the same way; else
    // this try counts as a wrong one, against the address and the pair, until the code proves
    // right.
    Optional<FailedAttempts.Refusal> refused = failures.attempt(client, ref);
    if (refused.isPresent()) {
      (refused.get().limit() == FailedAttempts.Limit.ADDRESS ? refusedAddress : refusedPair)
          .increment();
      throw new TooManyAttempts(refused.get().retryAfter());
    }
    Optional<FoiRequest> found = FoiRequest.findAnyByReference(ref);
    String stored = found.map(r -> r.accessCodeHash).orElse(null);
    // Always run PBKDF2, so the time taken does not tell which references exist.
    codeChecks.increment();
    boolean matches = AccessCodes.matches(code, stored == null ? AccessCodes.dummyHash() : stored);
    if (!matches || stored == null) {
      throw new NoSuchStatus();
    }
    failures.succeeded(client, ref);
    return status(found.get());
  }

  /** Trims and upper-cases a typed reference ("foi-2026-00042 " is FOI-2026-00042). */
  static String normaliseReference(String typed) {
    return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
  }

  private RequestStatus status(FoiRequest r) {
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    ClockResult clock = clocks.calculate(r, entries);
    if (clock == null) {
      // the received date is not stated: no clock, no due date
      return new RequestStatus(
          r.systemReference,
          r.regime,
          r.state,
          RequestStatus.plainWords(r.state),
          null,
          null,
          null,
          false,
          List.of(),
          null,
          r.state == RequestState.PUBLISHED ? r.slug : null,
          clocks.view(null),
          StatusSteps.of(r, entries, null, true));
    }
    boolean running =
        clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE;
    LocalDate waitingSince = null;
    if (clock.status() == ClockStatus.PAUSED_CLARIFICATION) {
      waitingSince =
          entries.stream()
              .filter(e -> e.kind == ClockEventKind.CLARIFICATION_REQUESTED)
              .reduce((first, second) -> second)
              .map(e -> e.date)
              .orElse(null);
    }
    List<RequestStatus.SkippedDay> skipped =
        clock.explanation().skipped().stream()
            .map((Explanation.Skipped s) -> new RequestStatus.SkippedDay(s.date(), s.reason()))
            .toList();
    return new RequestStatus(
        r.systemReference,
        r.regime,
        r.state,
        RequestStatus.plainWords(r.state),
        r.receivedOn,
        clock.due().orElse(null),
        running ? clock.workingDaysLeft() : null,
        clock.status() == ClockStatus.OVERDUE,
        skipped,
        waitingSince,
        r.state == RequestState.PUBLISHED ? r.slug : null,
        clocks.view(clock),
        StatusSteps.of(r, entries, clock.due().orElse(null), clock.due().isEmpty()));
  }
}
