package uk.foitracker.request;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;

/**
 * Dev mode only (never built into test or production): a handful of requests in different states,
 * each marked DEMO, so a newcomer sees a working queue. Logged through the service like any other
 * request, with the actor "demo"; skipped when demo requests already exist. Each start prints every
 * DEMO request's reference and access code in the log, to try the requester's status check (the
 * codes of requests kept from an earlier start are issued again, as only their hashes are stored).
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoRequests {
  static final String MARK = "DEMO: ";
  private static final Logger LOG = Logger.getLogger(DemoRequests.class);

  private final OfficerRequests officer;
  private final RequestClocks clocks;

  DemoRequests(OfficerRequests officer, RequestClocks clocks) {
    this.officer = officer;
    this.clocks = clocks;
  }

  void onStart(@Observes StartupEvent event) {
    long existing =
        QuarkusTransaction.requiringNew().call(() -> FoiRequest.count("title like ?1", MARK + "%"));
    if (existing > 0) {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                for (FoiRequest r :
                    FoiRequest.<FoiRequest>list(
                        "title like ?1 order by systemReference", MARK + "%")) {
                  String code = AccessCodes.generate();
                  r.accessCodeHash = AccessCodes.hash(code);
                  announce(r.systemReference, code);
                }
              });
      return;
    }
    LocalDate today = clocks.today();
    String overdue =
        log(
            Regime.FOIA,
            today.minusDays(45),
            "Potholes repaired in 2025",
            "1. How many potholes were reported in 2025?\n2. How many were repaired within 28 days?");
    assign(overdue, "olive");
    String dueSoon =
        log(
            Regime.FOIA,
            today.minusDays(23),
            "Agency staff spending",
            "1. What did the council spend on agency social workers in 2024-25?\n2. How many agency social workers were engaged on 31 March 2025?");
    assign(dueSoon, "olive");
    log(
        Regime.EIR,
        today.minusDays(2),
        "Air quality readings",
        "(a) Nitrogen dioxide readings for 2025 at each monitoring site\n(b) A list of the monitoring sites");
    String clarification =
        log(
            Regime.FOIA,
            today.minusDays(10),
            "Contracts with consultants",
            "Please send all contracts with consultants.");
    event(clarification, ClockEventKind.CLARIFICATION_REQUESTED, today.minusDays(6));
    String fee =
        log(
            Regime.EIR,
            today.minusDays(15),
            "Planning enforcement files",
            "- Copies of every planning enforcement file opened in 2024");
    event(fee, ClockEventKind.FEES_NOTICE_ISSUED, today.minusDays(8));
    LOG.info("Logged five DEMO requests (dev mode only)");
  }

  private String log(Regime regime, LocalDate received, String summary, String text) {
    NewRequest draft =
        new NewRequest(
            regime.name(),
            DateField.of(received),
            "EMAIL",
            MARK + summary,
            "Demo Requester",
            "demo.requester@example.invalid",
            text,
            "",
            List.of(),
            "");
    Logged logged = officer.log(draft, "demo", true);
    announce(logged.reference(), logged.accessCode());
    return logged.reference();
  }

  /** Dev mode only: the access code of a DEMO request, to try the status check at /status. */
  private static void announce(String reference, String code) {
    LOG.infof(
        "DEMO request %s: access code %s (try it at /status; dev mode only)", reference, code);
  }

  private void assign(String ref, String who) {
    officer.assign(ref, version(ref), who, "demo");
  }

  private void event(String ref, ClockEventKind kind, LocalDate on) {
    officer.recordClockEvent(ref, version(ref), kind, DateField.of(on), DateField.empty(), "demo");
  }

  private static long version(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findAnyByReference(ref).orElseThrow().version);
  }
}
