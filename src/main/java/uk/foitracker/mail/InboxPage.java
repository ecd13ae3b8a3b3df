package uk.foitracker.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.Logged;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.ValidationProblem;

/**
 * Requests that arrived by e-mail to the FOI mailbox, waiting for an officer: the list, one draft
 * with its e-mail, and confirm (log it as a request) or discard. Each POST redirects.
 */
@Path("/officer/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(List<Inbox.DraftView> drafts, boolean discarded);

    static native TemplateInstance draft(
        Inbox.DraftView draft, ConfirmForm form, FormErrors errors);
  }

  /** The confirm form: the law and a summary (the e-mail's subject to start with). */
  public record ConfirmForm(List<Option> regimes, String summary) {
    static ConfirmForm of(String regime, String summary) {
      return new ConfirmForm(
          List.of(
              new Option("FOIA", "Freedom of Information Act 2000", "FOIA".equals(regime)),
              new Option(
                  "EIR", "Environmental Information Regulations 2004", "EIR".equals(regime))),
          summary == null ? "" : summary);
    }
  }

  private final Inbox inbox;
  private final SecurityIdentity identity;

  private final AuthorityScope authorities;

  InboxPage(Inbox inbox, SecurityIdentity identity, AuthorityScope authorities) {
    this.authorities = authorities;
    this.inbox = inbox;
    this.identity = identity;
  }

  @GET
  public TemplateInstance list(@QueryParam("discarded") String discarded) {
    return Templates.list(inbox.drafts(), discarded != null);
  }

  @GET
  @Path("{mail}")
  public TemplateInstance draft(@PathParam("mail") long id) {
    Inbox.DraftView d = inbox.draft(id);
    return Templates.draft(d, ConfirmForm.of("FOIA", summary(d)), FormErrors.NONE);
  }

  @GET
  @Path("{mail}/message.eml")
  @Produces("message/rfc822")
  public Response message(@PathParam("mail") long id) {
    return Response.ok(inbox.raw(id), "message/rfc822")
        .header("Content-Disposition", "attachment; filename=\"request-email-" + id + ".eml\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{mail}/confirm")
  public Response confirm(
      @PathParam("mail") long id,
      @RestForm long version,
      @RestForm String regime,
      @RestForm String summary,
      @RestForm String authority) {
    authorities.choose(authority);
    try {
      Logged logged = inbox.confirm(id, version, regime, summary, actor());
      return Response.seeOther(URI.create("/officer/requests/" + logged.reference())).build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .type(MediaType.TEXT_HTML)
          .entity(
              Templates.draft(inbox.draft(id), ConfirmForm.of(regime, summary), FormErrors.of(p)))
          .build();
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{mail}/discard")
  public Response discard(@PathParam("mail") long id, @RestForm long version) {
    inbox.discard(id, version, actor());
    return Response.seeOther(URI.create("/officer/inbox?discarded=1")).build();
  }

  private static String summary(Inbox.DraftView d) {
    String s = "(no subject)".equals(d.subject()) ? "" : d.subject();
    return s.length() > 300 ? s.substring(0, 300) : s;
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
