package uk.foitracker.review;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import uk.foitracker.answer.Answer;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.Authority;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.Provision;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;

/**
 * A second, unpublished case for the review tests: received Fri 28 April 2023 (due Wed 31 May),
 * sent Mon 5 June 2023 (3 working days late), assigned to olive, one question refused under s.43
 * with no reasons and one provided in full.
 */
final class AuditFixtures {
  static final String SLUG = "audit-late-s43-2023";

  private AuditFixtures() {}

  static synchronized void lateCommercialRefusal() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (FoiRequest.findBySlug(SLUG).isPresent()) {
                return;
              }
              FoiRequest r = new FoiRequest();
              r.authority = Authority.findByName("Leicester City Council").orElseThrow();
              r.regime = Regime.FOIA;
              r.slug = SLUG;
              r.systemReference = "AUDIT-TEST-1";
              r.title = "Waste contract prices 2023";
              r.receivedOn = LocalDate.of(2023, 4, 28);
              r.state = RequestState.SENT;
              r.assignedTo = "olive";
              r.createdAt = Instant.parse("2023-04-28T09:00:00Z");
              r.persist();
              uk.foitracker.clock.ClockEventEntry sent = new uk.foitracker.clock.ClockEventEntry();
              sent.request = r;
              sent.kind = uk.foitracker.clock.ClockEventKind.RESPONSE_SENT;
              sent.date = LocalDate.of(2023, 6, 5);
              sent.actor = "olive";
              sent.recordedAt = Instant.parse("2023-06-05T09:00:00Z");
              sent.persist();
              Answer a = new Answer();
              a.request = r;
              a.position = 1;
              a.body = "The unit prices are withheld under section 43.";
              a.persist();
              Question q1 =
                  question(
                      r,
                      1,
                      "What are the unit prices in the waste contract?",
                      Outcome.REFUSED_EXEMPTION,
                      a);
              Answer a2 = new Answer();
              a2.request = r;
              a2.position = 2;
              a2.body = "The contract runs to 2030.";
              a2.persist();
              question(r, 2, "When does the contract end?", Outcome.PROVIDED_IN_FULL, a2);
              Citation c = new Citation();
              c.question = q1;
              c.provision = Provision.findByCode("FOIA-43").orElseThrow();
              c.position = 1;
              c.role = CitationRole.EXEMPTION;
              c.reasons = null;
              c.persist();
              // as every change to a request does: the review's summary follows the audit chain
              Arc.container()
                  .instance(AuditLog.class)
                  .get()
                  .record("test", "request.logged", "request", r.id, "Test fixture", null, null);
            });
  }

  private static Question question(FoiRequest r, int n, String text, Outcome outcome, Answer a) {
    Question q = new Question();
    q.request = r;
    q.number = n;
    q.text = text;
    q.outcome = outcome;
    q.answer = a;
    q.persist();
    return q;
  }
}
