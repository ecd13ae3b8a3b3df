package uk.foitracker.review;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.CellText;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.Authority;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.Provision;
import uk.foitracker.citation.PublicInterest;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compose.ResponseNotice;
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

  static final String COMPLETE_SLUG = "audit-complete-s43-2023";

  /**
   * A refusal that is right in every part the checks read from the database: received Fri 28 April
   * 2023, clarification asked on 2 May and given on 10 May (a fresh 20 working days: due Thu 8
   * June), sent Wed 7 June; s.43(2) cited with reasons and a complete public interest test; the
   * notice gives the internal review and the right to complain under section 50; its one table
   * counts crimes, not people, so its small counts are no finding.
   */
  static synchronized void completeCommercialRefusal() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (FoiRequest.findBySlug(COMPLETE_SLUG).isPresent()) {
                return;
              }
              FoiRequest r = new FoiRequest();
              r.authority = Authority.findByName("Leicester City Council").orElseThrow();
              r.regime = Regime.FOIA;
              r.slug = COMPLETE_SLUG;
              r.systemReference = "AUDIT-TEST-2";
              r.title = "Car park contract prices 2023";
              r.receivedOn = LocalDate.of(2023, 4, 28);
              r.state = RequestState.SENT;
              r.assignedTo = "percy"; // not olive: the filter tests count her cases
              r.createdAt = Instant.parse("2023-04-28T10:00:00Z");
              r.persist();
              event(r, ClockEventKind.CLARIFICATION_REQUESTED, LocalDate.of(2023, 5, 2));
              event(r, ClockEventKind.CLARIFICATION_RECEIVED, LocalDate.of(2023, 5, 10));
              event(r, ClockEventKind.RESPONSE_SENT, LocalDate.of(2023, 6, 7));
              Answer a = new Answer();
              a.request = r;
              a.position = 1;
              a.body = "The unit prices are withheld under section 43(2).";
              a.persist();
              Question q1 =
                  question(
                      r,
                      1,
                      "What are the unit prices in the car park contract?",
                      Outcome.REFUSED_EXEMPTION,
                      a);
              Answer a2 = new Answer();
              a2.request = r;
              a2.position = 2;
              a2.body = "The crimes recorded in the council's car parks are in the table.";
              a2.persist();
              question(
                  r,
                  2,
                  "How many crimes were recorded in the car parks?",
                  Outcome.PROVIDED_IN_FULL,
                  a2);
              AnswerTable.create(
                  a2,
                  1,
                  new TableDraft(
                      "Crimes recorded in council car parks",
                      null,
                      List.of(new TableDraft.Column(null, "Crimes")),
                      List.of(
                          new TableDraft.Row("2022", List.of(CellText.parse("3"))),
                          new TableDraft.Row("2023", List.of(CellText.parse("2")))),
                      0));
              Citation c = new Citation();
              c.question = q1;
              c.provision = Provision.findByCode("FOIA-43").orElseThrow();
              c.position = 1;
              c.role = CitationRole.EXEMPTION;
              c.reasons =
                  "Disclosing the unit prices would prejudice the contractor's position in the"
                      + " retender of the contract next year.";
              c.persist();
              PublicInterest pi = new PublicInterest();
              pi.citationId = c.id;
              pi.argumentsFor = "Transparency in the spending of public money.";
              pi.argumentsAgainst = "Harm to competition in a live procurement.";
              pi.conclusion = "The balance lies in maintaining the exemption until the retender.";
              pi.persist();
              ResponseNotice n = new ResponseNotice();
              n.requestId = r.id;
              n.reviewProcedure =
                  "If you are dissatisfied with this response you may ask for an internal review"
                      + " within 40 working days.";
              n.complaintRights =
                  "If you remain dissatisfied you may complain to the Information Commissioner"
                      + " under section 50 of the Act.";
              n.persist();
              Arc.container()
                  .instance(AuditLog.class)
                  .get()
                  .record("test", "request.logged", "request", r.id, "Test fixture", null, null);
            });
  }

  private static void event(FoiRequest r, ClockEventKind kind, LocalDate date) {
    ClockEventEntry e = new ClockEventEntry();
    e.request = r;
    e.kind = kind;
    e.date = date;
    e.actor = "olive";
    e.recordedAt = Instant.parse("2023-06-07T09:00:00Z");
    e.persist();
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
