package uk.foitracker.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.idempotency.FormSubmissions;
import uk.foitracker.question.QuestionSplitter;
import uk.foitracker.request.RequestViews.Attempt;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.web.DateField;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.PdfResponses;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's pages: the work queue, logging a request, and the request page with its actions.
 * Each POST calls one service verb and redirects (POST/redirect/GET), or shows the form again with
 * its errors (400, or 409 when someone else changed the request first).
 */
@Path("/officer/requests")
@Produces(MediaType.TEXT_HTML)
public class OfficerRequestsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(LogForm form, String formToken);

    static native TemplateInstance logged(String reference, String accessCode, String summary);

    static native TemplateInstance correctEvent(EventCorrectionView page);

    static native TemplateInstance correctDetails(DetailsCorrectionView page);
  }

  /** The log form's name for its one-time tokens. */
  static final String LOG_FORM = HeldAccessCodes.LOG_FORM;

  /** The cookie that lets the confirmation page show the access code again on a refresh. */
  static final String LOGGED_COOKIE = HeldAccessCodes.LOGGED_COOKIE;

  private final OfficerRequests officer;
  private final RequestLinks links;
  private final RequestCorrespondence correspondence;
  private final RequestViews views;
  private final SecurityIdentity identity;
  private final FormSubmissions submissions;
  private final boolean secureCookies;
  private final ClockCorrections clockCorrections;
  private final Acknowledgements acknowledgements;
  private final AuthorityScope authorities;
  private final QueueSearch queue;
  private final DetailsCorrections detailsCorrections;

  OfficerRequestsPage(
      OfficerRequests officer,
      RequestLinks links,
      RequestCorrespondence correspondence,
      RequestViews views,
      SecurityIdentity identity,
      FormSubmissions submissions,
      ClockCorrections clockCorrections,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "false")
          boolean secureCookies,
      Acknowledgements acknowledgements,
      AuthorityScope authorities,
      QueueSearch queue,
      DetailsCorrections detailsCorrections) {
    this.authorities = authorities;
    this.queue = queue;
    this.detailsCorrections = detailsCorrections;
    this.officer = officer;
    this.links = links;
    this.correspondence = correspondence;
    this.views = views;
    this.identity = identity;
    this.submissions = submissions;
    this.clockCorrections = clockCorrections;
    this.secureCookies = secureCookies;
    this.acknowledgements = acknowledgements;
  }

  @GET
  public TemplateInstance queue(@BeanParam QueueParams params) {
    return RequestTemplates.queue(queue.page(params.filter(), Audience.OFFICER));
  }

  @GET
  @Path("new")
  public TemplateInstance newRequest() {
    return Templates.form(LogForm.blank(), FormSubmissions.newToken());
  }

  /**
   * Step 1 ("Propose questions") or step 2 ("Save request") of the log form. The form carries a
   * one-time token: the save logs the request once, then redirects to its confirmation (POST,
   * redirect, GET), so a refresh or a second click never logs it twice. A post without a token (a
   * form from before tokens) is logged and confirmed at once, as before.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("new")
  public Response submit(@BeanParam LogParams params) {
    NewRequest draft = params.draft();
    authorities.choose(params.authority);
    String token =
        FormSubmissions.isToken(params.formToken) ? params.formToken : FormSubmissions.newToken();
    try {
      if ("save".equals(params.action)) {
        if (!FormSubmissions.isToken(params.formToken)) {
          Logged logged = officer.log(draft, actor(), false, params.authority);
          return Response.ok(
                  Templates.logged(logged.reference(), logged.accessCode(), draft.summary()))
              .header("Cache-Control", "no-store")
              .build();
        }
        String actor = actor();
        LoggedReceipt receipt =
            submissions.once(
                actor,
                LOG_FORM,
                token,
                LoggedReceipt.class,
                () -> {
                  Logged logged = officer.log(draft, actor, false, params.authority);
                  return new LoggedReceipt(
                      logged.reference(), logged.accessCode(), draft.summary());
                });
        return Response.seeOther(URI.create("/officer/requests/" + receipt.reference() + "/logged"))
            .cookie(
                new NewCookie.Builder(LOGGED_COOKIE)
                    .value(token)
                    .path("/officer/requests/")
                    .maxAge(15 * 60)
                    .httpOnly(true)
                    .secure(secureCookies)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build())
            .header("Cache-Control", "no-store")
            .build();
      }
      QuestionSplitter.Split split = officer.proposeSplit(draft);
      List<NewRequest.QuestionDraft> proposed = new ArrayList<>();
      for (int i = 0; i < split.questions().size(); i++) {
        proposed.add(new NewRequest.QuestionDraft(String.valueOf(i + 1), split.questions().get(i)));
      }
      NewRequest withSplit = draft.withSplit(split.preamble(), proposed, split.postscript());
      return Response.ok(Templates.form(new LogForm(withSplit, true, FormErrors.NONE), token))
          .build();
    } catch (ValidationProblem e) {
      boolean split = "save".equals(params.action);
      return Response.status(400)
          .entity(
              Templates.form(
                  new LogForm(draft, split, FormErrors.of(e.errors(), LogForm::inputId)), token))
          .build();
    }
  }

  /**
   * The confirmation after logging: with the access code while this browser holds the token it
   * logged the request with (for a refresh), else without it.
   */
  @GET
  @Path("{ref}/logged")
  public Response logged(@PathParam("ref") String ref, @CookieParam(LOGGED_COOKIE) String token) {
    Optional<LoggedReceipt> receipt =
        submissions
            .outcome(actor(), LOG_FORM, token, LoggedReceipt.class)
            .filter(r -> r.reference().equals(ref));
    TemplateInstance page;
    if (receipt.isPresent()) {
      page = Templates.logged(ref, receipt.get().accessCode(), receipt.get().summary());
    } else {
      RequestPage request =
          views.page(ref, Audience.OFFICER, null).orElseThrow(() -> notFound(ref));
      page = Templates.logged(ref, null, request.summary());
    }
    return Response.ok(page).header("Cache-Control", "no-store").build();
  }

  /** The messages of the success banner after a correction, by the key the redirect carries. */
  static final Map<String, String> DONE =
      Map.of(
          "event-corrected",
          "Clock event corrected: the due date has been worked out again",
          "event-withdrawn",
          "Clock event withdrawn: the due date has been worked out again",
          "details-corrected",
          "Request details corrected: the due date has been worked out again",
          "acknowledgement-emailed",
          "Acknowledgement queued to be e-mailed to the requester, with the letter as a PDF and"
              + " the access code: its delivery is shown under \"E-mail to the requester\"",
          "acknowledgement-already",
          "The acknowledgement was already e-mailed to the requester: it was not sent again");

  /**
   * The acknowledgement letter, to print: with the access code while this browser holds the token
   * it logged the request with (as on the confirmation page), else "Not stated". Never cached.
   */
  @GET
  @Path("{ref}/acknowledgement")
  public Response acknowledgement(
      @PathParam("ref") String ref, @CookieParam(LOGGED_COOKIE) String token) {
    return Response.ok(acknowledgements.html(acknowledgements.view(ref, accessCode(ref, token))))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The acknowledgement letter as a tagged PDF (PDF/UA). */
  @GET
  @Path("{ref}/acknowledgement.pdf")
  @Produces("application/pdf")
  public Response acknowledgementPdf(
      @PathParam("ref") String ref, @CookieParam(LOGGED_COOKIE) String token) {
    return PdfResponses.inline(
        acknowledgements.pdf(acknowledgements.view(ref, accessCode(ref, token))),
        "acknowledgement-" + ref);
  }

  /** The access code of the request this browser just logged; null for any other. */
  private String accessCode(String ref, String token) {
    return submissions
        .outcome(actor(), LOG_FORM, token, LoggedReceipt.class)
        .filter(r -> r.reference().equals(ref))
        .map(LoggedReceipt::accessCode)
        .orElse(null);
  }

  @GET
  @Path("{ref}")
  public TemplateInstance show(
      @PathParam("ref") String ref,
      @QueryParam("done") String done,
      @QueryParam("published") Integer published) {
    String banner = done == null ? null : DONE.get(done);
    if (banner != null && published != null && published > 0) {
      banner += "; the correction is published as version " + published;
    }
    return RequestTemplates.show(
        views.page(ref, Audience.OFFICER, null).orElseThrow(() -> notFound(ref)), banner);
  }

  /** The page to correct or withdraw one clock event. */
  @GET
  @Path("{ref}/events/{event}/correct")
  public TemplateInstance correctEvent(@PathParam("ref") String ref, @PathParam("event") long id) {
    return eventPage(ref, id, null, List.of(), Map.of());
  }

  /** Corrects a clock event's date (and new due date): the old one is kept, withdrawn. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/events/{event}/correction")
  public Response correctEventPost(
      @PathParam("ref") String ref, @PathParam("event") long id, @BeanParam EventParams params) {
    DateField date = new DateField(params.day, params.month, params.year);
    DateField extra = new DateField(params.newDueDay, params.newDueMonth, params.newDueYear);
    Map<String, String> typed = new HashMap<>();
    typed.put("date-day", params.day);
    typed.put("date-month", params.month);
    typed.put("date-year", params.year);
    typed.put("newDue-day", params.newDueDay);
    typed.put("newDue-month", params.newDueMonth);
    typed.put("newDue-year", params.newDueYear);
    typed.put("reason", params.reason);
    try {
      clockCorrections.correct(
          ref, params.version(), id, date, extra, params.reason, params.confirmed(), actor());
      return seeRequest(ref, "event-corrected");
    } catch (ValidationProblem e) {
      return Response.status(400).entity(eventPage(ref, id, "correct", e.errors(), typed)).build();
    } catch (StaleRequestException e) {
      return Response.status(409)
          .entity(
              eventPage(
                  ref,
                  id,
                  "correct",
                  List.of(new FieldError("reason", StaleRequestException.MESSAGE)),
                  typed))
          .build();
    }
  }

  /** The page to correct the date received, the summary and the request text. */
  @GET
  @Path("{ref}/details/correct")
  public TemplateInstance correctDetails(@PathParam("ref") String ref) {
    return detailsPage(ref, null, List.of());
  }

  /** Corrects the date received, the summary and the request text, with a reason. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/details/correction")
  public Response correctDetailsPost(
      @PathParam("ref") String ref, @BeanParam DetailsCorrectionParams params) {
    try {
      Integer published =
          detailsCorrections.correct(
              ref, EventParams.parseVersion(params.version), params.correction(), actor());
      return Response.seeOther(
              URI.create(
                  "/officer/requests/"
                      + ref
                      + "?done=details-corrected"
                      + (published == null ? "" : "&published=" + published)))
          .build();
    } catch (ValidationProblem e) {
      return Response.status(400)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(detailsPage(ref, params.typed(), e.errors()))
          .build();
    } catch (StaleRequestException e) {
      return Response.status(409)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(
              detailsPage(
                  ref,
                  params.typed(),
                  List.of(new FieldError("reason", StaleRequestException.MESSAGE))))
          .build();
    }
  }

  private TemplateInstance detailsPage(
      String ref, Map<String, String> typed, List<FieldError> errors) {
    RequestDetail detail = views.detail(ref).orElseThrow(() -> notFound(ref));
    Map<String, String> values = typed;
    if (values == null) {
      values = new HashMap<>();
      if (detail.receivedOn() != null) {
        values.put("receivedOn-day", String.valueOf(detail.receivedOn().getDayOfMonth()));
        values.put("receivedOn-month", String.valueOf(detail.receivedOn().getMonthValue()));
        values.put("receivedOn-year", String.valueOf(detail.receivedOn().getYear()));
      }
      values.put("summary", detail.summary());
      values.put("requestText", detail.requestText());
    }
    boolean answered = detail.state() != null && !OfficerRequests.isOpen(detail.state());
    return Templates.correctDetails(
        new DetailsCorrectionView(
            ref,
            detail.version(),
            detail.summary(),
            answered,
            values,
            errors,
            detail.state() == RequestState.PUBLISHED));
  }

  /** Withdraws a clock event: it stays in the history, marked withdrawn with the reason. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/events/{event}/withdrawal")
  public Response withdrawEventPost(
      @PathParam("ref") String ref,
      @PathParam("event") long id,
      @RestForm("version") String version,
      @RestForm("reason") String reason) {
    Map<String, String> typed = new HashMap<>();
    typed.put("reason", reason);
    try {
      clockCorrections.withdraw(ref, EventParams.parseVersion(version), id, reason, actor());
      return seeRequest(ref, "event-withdrawn");
    } catch (ValidationProblem e) {
      return Response.status(400).entity(eventPage(ref, id, "withdraw", e.errors(), typed)).build();
    } catch (StaleRequestException e) {
      return Response.status(409)
          .entity(
              eventPage(
                  ref,
                  id,
                  "withdraw",
                  List.of(new FieldError("reason", StaleRequestException.MESSAGE)),
                  typed))
          .build();
    }
  }

  private TemplateInstance eventPage(
      String ref, long id, String form, List<FieldError> errors, Map<String, String> typed) {
    RequestDetail detail = views.detail(ref).orElseThrow(() -> notFound(ref));
    EventLine event =
        detail.clockEventHistory().stream()
            .filter(e -> e.id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("The request has no clock event " + id));
    return Templates.correctEvent(
        new EventCorrectionView(
            ref, detail.version(), detail.summary(), event, form, typed, errors));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/events/{kind}")
  public Response recordClockEvent(
      @PathParam("ref") String ref, @PathParam("kind") String slug, @BeanParam EventParams params) {
    ClockEventKind kind =
        ClockEventKind.fromSlug(slug)
            .filter(ClockEventKind::recordedDirectly)
            .orElseThrow(() -> new NotFoundException());
    DateField date = new DateField(params.day, params.month, params.year);
    DateField extra = new DateField(params.newDueDay, params.newDueMonth, params.newDueYear);
    try {
      officer.recordClockEvent(
          ref,
          params.version(),
          kind,
          date,
          extra,
          params.regime,
          params.reason,
          params.confirmed(),
          actor());
      return seeRequest(ref);
    } catch (ValidationProblem e) {
      return again(
          ref,
          400,
          new Attempt(
              slug,
              date,
              extra,
              null,
              e.errors(),
              params.regime,
              params.reason,
              null,
              null,
              null,
              null));
    } catch (StaleRequestException e) {
      return again(ref, 409, stale(slug, date, extra, null));
    }
  }

  /** The authority's references, the due date it stated and the channel. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/details")
  public Response updateDetails(@PathParam("ref") String ref, @BeanParam DetailsParams params) {
    DetailsDraft draft = params.draft();
    try {
      officer.updateDetails(ref, EventParams.parseVersion(params.version), draft, actor());
      return seeRequest(ref);
    } catch (ValidationProblem e) {
      return again(ref, 400, detailsAttempt(draft, e.errors()));
    } catch (StaleRequestException e) {
      return again(
          ref,
          409,
          detailsAttempt(
              draft, List.of(new FieldError("authorityReference", StaleRequestException.MESSAGE))));
    }
  }

  private static Attempt detailsAttempt(DetailsDraft draft, List<FieldError> errors) {
    return new Attempt(
        "details",
        DateField.empty(),
        DateField.empty(),
        null,
        errors,
        null,
        null,
        draft,
        null,
        null,
        null);
  }

  /** Records an acknowledgement or holding reply: a letter that does not move the clock. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/correspondence")
  public Response recordCorrespondence(
      @PathParam("ref") String ref,
      @RestForm("version") String version,
      @RestForm("correspondenceKind") String kind,
      @RestForm("sentOn-day") String day,
      @RestForm("sentOn-month") String month,
      @RestForm("sentOn-year") String year,
      @RestForm("correspondenceNote") String note) {
    DateField sentOn = new DateField(day, month, year);
    try {
      correspondence.record(ref, EventParams.parseVersion(version), kind, sentOn, note, actor());
      return seeRequest(ref);
    } catch (ValidationProblem e) {
      return again(ref, 400, correspondenceAttempt(kind, sentOn, note, e.errors()));
    } catch (StaleRequestException e) {
      return again(
          ref,
          409,
          correspondenceAttempt(
              kind, sentOn, note, List.of(new FieldError("kind", StaleRequestException.MESSAGE))));
    }
  }

  private static Attempt correspondenceAttempt(
      String kind, DateField sentOn, String note, List<FieldError> errors) {
    return new Attempt(
        "correspondence",
        sentOn,
        DateField.empty(),
        null,
        errors,
        null,
        null,
        null,
        null,
        null,
        null,
        kind,
        note);
  }

  /** Links the request to another (refined, repeated, aggregated). */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/links")
  public Response link(
      @PathParam("ref") String ref,
      @RestForm("version") String version,
      @RestForm("otherReference") String otherReference,
      @RestForm("linkKind") String linkKind,
      @RestForm("linkNote") String linkNote) {
    try {
      links.link(
          ref, EventParams.parseVersion(version), otherReference, linkKind, linkNote, actor());
      return seeRequest(ref);
    } catch (ValidationProblem e) {
      return again(ref, 400, linkAttempt(otherReference, linkKind, linkNote, e.errors()));
    } catch (StaleRequestException e) {
      return again(
          ref,
          409,
          linkAttempt(
              otherReference,
              linkKind,
              linkNote,
              List.of(new FieldError("otherReference", StaleRequestException.MESSAGE))));
    }
  }

  /** Removes a link recorded by mistake. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/links/{link}/remove")
  public Response unlink(
      @PathParam("ref") String ref,
      @PathParam("link") long id,
      @RestForm("version") String version) {
    try {
      links.unlink(ref, EventParams.parseVersion(version), id, actor());
      return seeRequest(ref);
    } catch (ValidationProblem e) {
      return again(ref, 400, linkAttempt(null, null, null, e.errors()));
    } catch (StaleRequestException e) {
      return again(
          ref,
          409,
          linkAttempt(
              null, null, null, List.of(new FieldError("link", StaleRequestException.MESSAGE))));
    }
  }

  private static Attempt linkAttempt(
      String other, String kind, String note, List<FieldError> errors) {
    return new Attempt(
        "link",
        DateField.empty(),
        DateField.empty(),
        null,
        errors,
        null,
        null,
        null,
        other,
        kind,
        note);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{ref}/assign")
  public Response assign(
      @PathParam("ref") String ref,
      @RestForm("version") String version,
      @RestForm("assignee") String assignee) {
    try {
      officer.assign(ref, EventParams.parseVersion(version), assignee, actor());
      return seeRequest(ref);
    } catch (ValidationProblem e) {
      return again(ref, 400, new Attempt("assign", null, null, assignee, e.errors()));
    } catch (StaleRequestException e) {
      return again(ref, 409, stale("assign", null, null, assignee));
    }
  }

  private static Attempt stale(String action, DateField date, DateField extra, String assignee) {
    return new Attempt(
        action,
        date == null ? DateField.empty() : date,
        extra == null ? DateField.empty() : extra,
        assignee,
        List.of(new FieldError("version", StaleRequestException.MESSAGE)));
  }

  private Response again(String ref, int status, Attempt attempt) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            RequestTemplates.show(
                views.page(ref, Audience.OFFICER, attempt).orElseThrow(() -> notFound(ref)), null))
        .build();
  }

  private static Response seeRequest(String ref) {
    return Response.seeOther(URI.create("/officer/requests/" + ref)).build();
  }

  private static Response seeRequest(String ref, String done) {
    return Response.seeOther(
            URI.create("/officer/requests/" + ref + "?done=" + done + "#clock-events"))
        .build();
  }

  private static NotFoundException notFound(String ref) {
    return new NotFoundException("No request has the reference " + ref + ".");
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
