package uk.foitracker.request;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.web.DateField;
import uk.foitracker.web.ValidationProblem;

/**
 * Requests for officers (read and write) and auditors (read), with a bearer token. Without a valid
 * token: 401; with the wrong role: 403. The requester's personal data goes in, never out.
 */
@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests (officers and auditors)")
public class RequestsApi {

  /**
   * A new request. {@code questions} may be left out: the proposed split is then used. The
   * authority's references: {@code authorityReference} (the one the letter leads with) and/or
   * {@code authorityReferences} (all of them, one marked {@code leading}); {@code statedDue} is the
   * due date the authority stated (ISO date), kept beside the computed one. {@code
   * receivedNotStated} true, with no {@code receivedOn}, logs a request whose letter does not state
   * when it was received: no date is stored and the request has no statutory clock.
   */
  public record NewRequestBody(
      String regime,
      String receivedOn,
      String channel,
      String summary,
      String requesterName,
      String requesterContact,
      String requestText,
      String preamble,
      List<QuestionBody> questions,
      String postscript,
      String authorityReference,
      List<ReferenceBody> authorityReferences,
      String statedDue,
      Boolean receivedNotStated,
      String authority) {
    @Override
    public String toString() {
      return "NewRequestBody[personal data redacted]";
    }
  }

  /**
   * One of the authority's references, word for word; {@code leading} marks the one it leads with.
   */
  public record ReferenceBody(String reference, Boolean leading) {}

  /**
   * The authority's references and dates: they replace those recorded. {@code channel} left out
   * keeps the one recorded. {@code version} is the request's version as read.
   */
  public record DetailsBody(
      Long version,
      String authorityReference,
      List<ReferenceBody> authorityReferences,
      String statedDue,
      String channel) {}

  /**
   * A correction of what was logged: {@code receivedOn} (ISO date), {@code summary} and {@code
   * requestText}; a field left out keeps what is recorded. {@code reason} is required and {@code
   * version} is the request's version as read.
   */
  public record CorrectionBody(
      Long version, String receivedOn, String summary, String requestText, String reason) {
    @Override
    public String toString() {
      return "CorrectionBody[text redacted]";
    }
  }

  /**
   * A link to another request: {@code kind} REFINED (after s.16 advice), REPEATED (s.14(2)) or
   * AGGREGATED (Fees Regulations 2004 reg 5); {@code note} is for officers only.
   */
  public record LinkBody(Long version, String otherReference, String kind, String note) {}

  /** One question: its number and text. */
  public record QuestionBody(Integer number, String text) {}

  /** What logging gives back, once: the reference and the requester's access code. */
  public record LoggedBody(String reference, String accessCode, String href) {}

  /**
   * A clock event: kind (e.g. CLARIFICATION_REQUESTED), date, newDue for s.10(3), version; for
   * REGIME_CHANGED the new {@code regime} (FOIA or EIR) and the {@code reason}. {@code confirm}
   * true records an extension the rules warn about (beyond 20 further working days, notice given
   * late); without it such an extension is refused with the warnings.
   */
  public record ClockEventBody(
      String kind,
      String date,
      String newDue,
      Long version,
      String regime,
      String reason,
      Boolean confirm) {}

  /**
   * A correction of a clock event: its {@code date} (ISO), {@code newDue} for a public interest
   * extension, the {@code reason} (required); {@code confirm} as for a new event. A withdrawal
   * takes only {@code version} and {@code reason}.
   */
  public record EventCorrectionBody(
      Long version, String date, String newDue, String reason, Boolean confirm) {}

  /**
   * A letter the authority sent about the request besides its response: {@code kind} ACKNOWLEDGED
   * or HOLDING_REPLY, {@code sentOn} (ISO date) the day it was sent, {@code note} for officers only
   * (never published). It does not move the statutory clock. {@code version} is the request's
   * version as read.
   */
  public record CorrespondenceBody(Long version, String kind, String sentOn, String note) {}

  private final OfficerRequests officer;
  private final RequestCorrespondence correspondence;
  private final RequestLinks links;
  private final RequestViews views;
  private final SecurityIdentity identity;
  private final ClockCorrections corrections;
  private final QueueSearch queue;
  private final DetailsCorrections detailsCorrections;

  RequestsApi(
      ClockCorrections corrections,
      DetailsCorrections detailsCorrections,
      OfficerRequests officer,
      RequestCorrespondence correspondence,
      RequestLinks links,
      RequestViews views,
      SecurityIdentity identity,
      QueueSearch queue) {
    this.corrections = corrections;
    this.queue = queue;
    this.detailsCorrections = detailsCorrections;
    this.officer = officer;
    this.correspondence = correspondence;
    this.links = links;
    this.views = views;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({"officer", "auditor"})
  @Operation(
      summary = "The work queue",
      description =
          "Open requests with due date and working days left; same filters as the queue page.")
  public QueueResult list(@BeanParam QueueParams params) {
    QueuePage page = queue.page(params.filter(), Audience.AUDITOR);
    return new QueueResult(
        page.total(), page.page(), page.pages(), QueueFilter.PAGE_SIZE, page.rows());
  }

  @GET
  @Path("{ref}")
  @RolesAllowed({"officer", "auditor"})
  @Operation(
      summary = "One request",
      description =
          "Questions, the statutory clock with its working, the clock events and the audit timeline. No personal data.")
  public RequestDetail get(@PathParam("ref") String ref) {
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @POST
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Log a request",
      description =
          "Gives the reference and the requester's access code; the code is not stored and cannot be read again.")
  @APIResponse(responseCode = "201", description = "Logged")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (application/problem+json with errors)")
  public Response log(NewRequestBody body) {
    if (body == null) {
      throw ValidationProblem.of("body", "Send the request as a JSON object");
    }
    final NewRequest draft =
        new NewRequest(
            body.regime(),
            DateField.iso(body.receivedOn()),
            body.channel(),
            body.summary(),
            body.requesterName(),
            body.requesterContact(),
            body.requestText(),
            body.preamble(),
            body.questions() == null
                ? null
                : body.questions().stream()
                    .map(
                        q ->
                            new NewRequest.QuestionDraft(
                                q.number() == null ? "" : q.number().toString(), q.text()))
                    .toList(),
            body.postscript(),
            leading(body.authorityReference(), body.authorityReferences()),
            others(body.authorityReferences()),
            isoDate("statedDue", body.statedDue()),
            Boolean.TRUE.equals(body.receivedNotStated()));
    Logged logged =
        officer.log(
            draft, identity.getPrincipal().getName(), body.questions() == null, body.authority());
    String href = "/api/requests/" + logged.reference();
    return Response.created(URI.create(href))
        .entity(new LoggedBody(logged.reference(), logged.accessCode(), href))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{ref}/clock-events")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Record a clock event",
      description =
          "Kinds: CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE_ISSUED, FEES_PAID, PUBLIC_INTEREST_EXTENSION (with newDue), COMPLEX_VOLUMINOUS_EXTENSION, REGIME_CHANGED (with regime, the new FOIA or EIR, and reason; the clock re-runs under it). version is the request's version as read; a stale version gives 409.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid or impossible event")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail recordClockEvent(@PathParam("ref") String ref, ClockEventBody body) {
    requireVersion(body, ClockEventBody::version);
    ClockEventKind kind;
    try {
      kind = ClockEventKind.valueOf(body.kind() == null ? "" : body.kind());
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of(
          "kind",
          "Kind must be one of "
              + Arrays.stream(ClockEventKind.values())
                  .filter(ClockEventKind::recordedDirectly)
                  .toList());
    }
    officer.recordClockEvent(
        ref,
        body.version(),
        kind,
        DateField.iso(body.date()),
        DateField.iso(body.newDue()),
        body.regime(),
        body.reason(),
        Boolean.TRUE.equals(body.confirm()),
        identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @POST
  @Path("{ref}/clock-events/{event}/correction")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Correct a clock event",
      description =
          "Replaces the event (id from clockEvents[].id) by the same event on date (ISO), with"
              + " newDue for a public interest extension; reason is required. The old event is"
              + " kept, marked withdrawn, in clockEventHistory; the clock and the due date are"
              + " worked out again. An extension the rules warn about needs confirm true. version"
              + " is the request's version as read; a stale version gives 409.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields or impossible clock")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail correctClockEvent(
      @PathParam("ref") String ref, @PathParam("event") long id, EventCorrectionBody body) {
    requireVersion(body, EventCorrectionBody::version);
    DateField date = isoDate("date", body.date());
    corrections.correct(
        ref,
        body.version(),
        id,
        date,
        DateField.iso(body.newDue()),
        body.reason(),
        Boolean.TRUE.equals(body.confirm()),
        identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @POST
  @Path("{ref}/clock-events/{event}/withdrawal")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Withdraw a clock event",
      description =
          "The event (id from clockEvents[].id) stops moving the clock and stays, marked withdrawn"
              + " with who, when and the reason, in clockEventHistory; never deleted. reason is"
              + " required; version is the request's version as read.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields or impossible clock")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail withdrawClockEvent(
      @PathParam("ref") String ref, @PathParam("event") long id, EventCorrectionBody body) {
    requireVersion(body, EventCorrectionBody::version);
    corrections.withdraw(ref, body.version(), id, body.reason(), identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @POST
  @Path("{ref}/correspondence")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Record an acknowledgement or holding reply",
      description =
          "kind: ACKNOWLEDGED or HOLDING_REPLY; sentOn: the ISO date the letter was sent; note"
              + " (optional, at most 500 characters) is for officers and never published. It does"
              + " not move the statutory clock; the public case shows the kind and date"
              + " (correspondence, acknowledgedOn). version is the request's version as read; a"
              + " stale version gives 409.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail recordCorrespondence(@PathParam("ref") String ref, CorrespondenceBody body) {
    requireVersion(body, CorrespondenceBody::version);
    DateField sentOn = isoDate("sentOn", body.sentOn());
    correspondence.record(
        ref, body.version(), body.kind(), sentOn, body.note(), identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @PUT
  @Path("{ref}/details")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Set the authority's references and dates",
      description =
          "authorityReference (the one the letter leads with) and/or authorityReferences (all, one"
              + " marked leading) replace those recorded; statedDue (ISO date, the due date the"
              + " authority stated) is kept beside the computed one; channel left out is kept."
              + " version is the request's version as read; a stale version gives 409.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail updateDetails(@PathParam("ref") String ref, DetailsBody body) {
    requireVersion(body, DetailsBody::version);
    DateField statedDue = isoDate("statedDue", body.statedDue());
    officer.updateDetails(
        ref,
        body.version(),
        new DetailsDraft(
            leading(body.authorityReference(), body.authorityReferences()),
            others(body.authorityReferences()),
            statedDue,
            body.channel()),
        identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @PATCH
  @Path("{ref}")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Correct the date received, summary or request text",
      description =
          "receivedOn (ISO date, today or earlier, from 2005-01-01), summary and requestText"
              + " correct what was logged; a field left out is kept. reason is required and kept"
              + " in the audit trail with the details before and after. The due date is worked"
              + " out again from the date received. version is the request's version as read; a"
              + " stale version gives 409. For a request already published, a change to the"
              + " summary or the date received (both shown on the case) is published at once as"
              + " a new version with the reason, as an answer corrected after sending is.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail correct(@PathParam("ref") String ref, CorrectionBody body) {
    requireVersion(body, CorrectionBody::version);
    DateField receivedOn =
        body.receivedOn() == null ? null : isoDate("receivedOn", body.receivedOn());
    detailsCorrections.correct(
        ref,
        body.version(),
        new RequestCorrection(receivedOn, body.summary(), body.requestText(), body.reason()),
        identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @POST
  @Path("{ref}/links")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Link the request to another",
      description =
          "kind: REFINED (a refined or narrowed request after s.16 advice), REPEATED (s.14(2)),"
              + " AGGREGATED (Fees Regulations 2004 reg 5). The link is recorded from this request"
              + " to otherReference; both show it. The note is never published.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail link(@PathParam("ref") String ref, LinkBody body) {
    requireVersion(body, LinkBody::version);
    links.link(
        ref,
        body.version(),
        body.otherReference(),
        body.kind(),
        body.note(),
        identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  @DELETE
  @Path("{ref}/links/{link}")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Remove a link recorded by mistake",
      description =
          "id is the link's id (links[].id); version (query) is the request's version as read.")
  @APIResponse(responseCode = "200", description = "The request as it is now")
  @APIResponse(responseCode = "400", description = "No such link")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public RequestDetail unlink(
      @PathParam("ref") String ref,
      @PathParam("link") long id,
      @QueryParam("version") Long version) {
    requireVersion(version, Function.identity());
    links.unlink(ref, version, id, identity.getPrincipal().getName());
    return views.detail(ref).orElseThrow(() -> notFound(ref));
  }

  /**
   * Refuses, as a problem on {@code version}, a change whose body is missing or does not name the
   * request's version as the client read it (every change checks it against the stored one).
   */
  private static <B> void requireVersion(B body, Function<B, Long> version) {
    if (body == null || version.apply(body) == null) {
      throw ValidationProblem.of("version", "Send the version of the request you read");
    }
  }

  /**
   * An ISO date field ({@code 2024-05-10}); refused as a problem on {@code field} when it is given
   * but is not a date. Left out or blank, it is an empty date for the service's own checks.
   */
  private static DateField isoDate(String field, String value) {
    DateField date = DateField.iso(value);
    if (value != null && !value.isBlank() && date.day().equals("?")) {
      throw ValidationProblem.of(field, field + " must be a date like 2024-05-10");
    }
    return date;
  }

  /**
   * The leading reference: the one marked leading (or the first) of {@code all}, else {@code
   * single}; refused when they disagree or two are marked.
   */
  private static String leading(String single, List<ReferenceBody> all) {
    if (all == null || all.isEmpty()) {
      return single;
    }
    List<ReferenceBody> marked =
        all.stream().filter(r -> Boolean.TRUE.equals(r.leading())).toList();
    if (marked.size() > 1) {
      throw ValidationProblem.of(
          "authorityReferences", "Mark one reference as leading, the one the letter leads with");
    }
    String lead = (marked.isEmpty() ? all.get(0) : marked.get(0)).reference();
    if (single != null
        && !single.isBlank()
        && !single.strip().equals(lead == null ? "" : lead.strip())) {
      throw ValidationProblem.of(
          "authorityReference",
          "authorityReference must be the leading one of authorityReferences, or left out");
    }
    return lead;
  }

  /** The references other than the leading one, in order. */
  private static List<String> others(List<ReferenceBody> all) {
    if (all == null || all.isEmpty()) {
      return List.of();
    }
    List<ReferenceBody> marked =
        all.stream().filter(r -> Boolean.TRUE.equals(r.leading())).toList();
    ReferenceBody lead = marked.isEmpty() ? all.get(0) : marked.get(0);
    return all.stream().filter(r -> r != lead).map(ReferenceBody::reference).toList();
  }

  private static NotFoundException notFound(String ref) {
    return new NotFoundException("No request has the reference '" + ref + "'.");
  }
}
