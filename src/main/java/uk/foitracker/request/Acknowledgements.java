package uk.foitracker.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.Letterheads;
import uk.foitracker.clock.DeadlineView;
import uk.foitracker.clock.Deadlines;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.AccessiblePdfs;
import uk.foitracker.web.Dates;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.PublicBaseUrl;
import uk.foitracker.web.ValidationProblem;

/**
 * The acknowledgement letter of a request: its reference, the date received, the due date with the
 * working (FOIA s.10(1), EIR reg 5(2): the 20th working day after receipt) and the access code for
 * the status check, under the authority's letterhead and signatory. As a page to print and as a
 * tagged PDF.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Acknowledgements {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance letter(AcknowledgementView a, boolean pdf, String css);
  }

  private final Letterheads letterheads;
  private final Deadlines deadlines;
  private final Clock clock;
  private final PublicBaseUrl publicBase;
  private final AuditLog audit;

  Acknowledgements(
      Letterheads letterheads,
      Deadlines deadlines,
      Clock clock,
      PublicBaseUrl publicBase,
      AuditLog audit) {
    this.audit = audit;
    this.letterheads = letterheads;
    this.deadlines = deadlines;
    this.clock = clock;
    this.publicBase = publicBase;
  }

  /** The letter of the request {@code ref}; {@code accessCode} null when it cannot be shown. */
  public AcknowledgementView view(String ref, String accessCode) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref + "."));
    String name = null;
    List<String> address = List.of();
    RequesterContact contact =
        RequesterContact.<RequesterContact>find("request", request).firstResult();
    if (contact != null) {
      name = contact.name;
      address = contact.address == null ? List.of() : List.of(contact.address.split("\\R"));
    }
    DeadlineView due = null;
    if (request.receivedOn != null) {
      try {
        due = deadlines.calculate("received", request.regime, request.receivedOn);
      } catch (ValidationProblem outsideCalendar) {
        due = null;
      }
    }
    return new AcknowledgementView(
        letterheads.of(request.authority),
        name,
        address,
        request.systemReference,
        request.authorityReference,
        request.title,
        request.regime == Regime.EIR
            ? "Environmental Information Regulations 2004"
            : "Freedom of Information Act 2000",
        Dates.display(LocalDate.now(clock)),
        Dates.display(request.receivedOn),
        due,
        request.statedDueOn == null ? null : Dates.withDay(request.statedDueOn),
        accessCode,
        publicBase.base().replaceAll("/+$", "") + "/status");
  }

  public TemplateInstance html(AcknowledgementView view) {
    return Templates.letter(view, false, "");
  }

  public byte[] pdf(AcknowledgementView view) {
    return AccessiblePdfs.render(Templates.letter(view, true, AccessiblePdfs.letterCss()).render());
  }

  /**
   * Gives the request a new access code for an acknowledgement sent after the first one was shown
   * (the service keeps only the hash of the first, so it cannot send that one): the earlier code
   * stops working. Audited without the code, which goes only to the requester.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String newAccessCode(FoiRequest request, String actor) {
    String code = AccessCodes.generate();
    request.accessCodeHash = AccessCodes.hash(code);
    audit.record(
        actor,
        "request.access-code.replaced",
        OfficerRequests.SUBJECT,
        request.id,
        "A new access code was made for the acknowledgement e-mailed to the requester; the"
            + " earlier code no longer works",
        null,
        null);
    return code;
  }
}
