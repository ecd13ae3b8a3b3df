package uk.foitracker.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.web.DateField;
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

  /**
   * The confirm form, prefilled from the e-mail and editable: the law, a title (the e-mail's
   * subject to start with), the requester's name and e-mail address, the date received, the
   * questions as split (with one empty box to add one), and whether to e-mail the acknowledgement.
   */
  public record ConfirmForm(
      List<Option> regimes,
      String summary,
      String requesterName,
      String requesterEmail,
      DateField receivedOn,
      List<QuestionRow> questions,
      boolean sendAcknowledgement) {
    static ConfirmForm of(
        String regime,
        String summary,
        String requesterName,
        String requesterEmail,
        DateField receivedOn,
        List<NewRequest.QuestionDraft> questions,
        boolean sendAcknowledgement,
        FormErrors errors) {
      List<QuestionRow> rows = new ArrayList<>();
      int next = 1;
      for (int i = 0; i < questions.size(); i++) {
        NewRequest.QuestionDraft q = questions.get(i);
        String f = "questions[" + i + "]";
        rows.add(
            new QuestionRow(
                i,
                q.number(),
                q.text(),
                errors.message(f + ".number"),
                errors.message(f + ".text"),
                false));
        try {
          next = Math.max(next, Integer.parseInt(q.number()) + 1);
        } catch (NumberFormatException e) {
          // a number to correct: the next box is numbered after the others
        }
      }
      rows.add(new QuestionRow(questions.size(), String.valueOf(next), "", null, null, true));
      return new ConfirmForm(
          List.of(
              new Option("FOIA", "Freedom of Information Act 2000", "FOIA".equals(regime)),
              new Option(
                  "EIR", "Environmental Information Regulations 2004", "EIR".equals(regime))),
          summary == null ? "" : summary,
          requesterName == null ? "" : requesterName,
          requesterEmail == null ? "" : requesterEmail,
          receivedOn == null ? DateField.empty() : receivedOn,
          rows,
          sendAcknowledgement);
    }
  }

  /** One question box of the confirm form. */
  public record QuestionRow(
      int index, String number, String text, String numberError, String textError, boolean extra) {}

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
    return Templates.draft(
        d,
        ConfirmForm.of(
            "FOIA",
            summary(d),
            d.senderName() == null || d.senderName().isBlank() ? d.senderAddress() : d.senderName(),
            d.senderAddress(),
            d.receivedOn() == null ? DateField.empty() : DateField.of(d.receivedOn()),
            inbox.proposedQuestions(id),
            d.senderAddress() != null,
            FormErrors.NONE),
        FormErrors.NONE);
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

  /**
   * Logs the draft as a request with the values on the form (as edited), then to the request page
   * (with the acknowledgement's banner when it was e-mailed). Bad input: the form again with the
   * error summary, nothing saved.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{mail}/confirm")
  public Response confirm(@PathParam("mail") long id, @BeanParam ConfirmParams params) {
    authorities.choose(params.authority);
    Inbox.Edits edits = params.edits();
    try {
      Logged logged = inbox.confirm(id, params.version, edits, actor());
      return Response.seeOther(
              URI.create(
                  "/officer/requests/"
                      + logged.reference()
                      + (edits.sendAcknowledgement() ? "?done=acknowledgement-emailed#mail" : "")))
          .build();
    } catch (ValidationProblem p) {
      FormErrors errors = FormErrors.of(p.errors(), InboxPage::inputId);
      Inbox.DraftView d = inbox.draft(id);
      ConfirmForm form =
          params.edited()
              ? ConfirmForm.of(
                  params.regime,
                  params.summary,
                  params.requesterName,
                  params.requesterEmail,
                  params.receivedOn(),
                  params.questions(),
                  "yes".equals(params.sendAcknowledgement),
                  errors)
              : ConfirmForm.of(
                  params.regime,
                  params.summary,
                  d.senderName() == null || d.senderName().isBlank()
                      ? d.senderAddress()
                      : d.senderName(),
                  d.senderAddress(),
                  d.receivedOn() == null ? DateField.empty() : DateField.of(d.receivedOn()),
                  inbox.proposedQuestions(id),
                  false,
                  errors);
      return Response.status(400)
          .type(MediaType.TEXT_HTML)
          .entity(Templates.draft(d, form, errors))
          .build();
    }
  }

  /** The id of the input a field's error links to. */
  static String inputId(String field) {
    if (field.startsWith("questions[")) {
      String index = field.substring("questions[".length(), field.indexOf(']'));
      return "question-" + index + (field.endsWith(".number") ? "-number" : "-text");
    }
    return switch (field) {
      case "questions" -> "question-0-text";
      case "requesterContact" -> "requesterEmail";
      default -> field;
    };
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
