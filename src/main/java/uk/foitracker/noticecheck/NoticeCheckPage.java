package uk.foitracker.noticecheck;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foitracker.web.ClientAddress;
import uk.foitracker.web.DateField;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * "Check a refusal": a requester pastes the response they received and sees what the rules find,
 * each finding explained with what they can do and the ICO's guidance. Rendered from the POST (no
 * redirect, nothing stored), {@code Cache-Control: no-store}; the text is never logged.
 */
@Path("/check-a-refusal")
@Produces(MediaType.TEXT_HTML)
public class NoticeCheckPage {

  /** What was typed, echoed back into the form. */
  public record Form(String text, String regime, DateField received, DateField sent) {
    static Form empty() {
      return new Form("", "", DateField.empty(), DateField.empty());
    }

    public List<Option> regimes() {
      return Option.choose(
          List.of(
              Option.of("", "Work it out from the letter"),
              Option.of("FOIA", "Freedom of Information Act 2000"),
              Option.of("EIR", "Environmental Information Regulations 2004")),
          regime);
    }

    @Override
    public String toString() {
      return "Form[text redacted]";
    }
  }

  /** The findings as shown. */
  public record Outcome(
      String regimeTitle,
      List<FindingGuidance.Guide> findings,
      List<FindingGuidance.Guide> cannotAssess,
      NoticeCheckResult.Read read) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(Form form, FormErrors errors, Outcome outcome);
  }

  private final NoticeChecks checks;

  NoticeCheckPage(NoticeChecks checks) {
    this.checks = checks;
  }

  @GET
  public Response form() {
    return noStore(200, Templates.page(Form.empty(), FormErrors.NONE, null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response check(
      @FormParam("text") String text,
      @FormParam("regime") String regime,
      @FormParam("received-day") String receivedDay,
      @FormParam("received-month") String receivedMonth,
      @FormParam("received-year") String receivedYear,
      @FormParam("sent-day") String sentDay,
      @FormParam("sent-month") String sentMonth,
      @FormParam("sent-year") String sentYear,
      @Context HttpServerRequest http) {
    Form form =
        new Form(
            text == null ? "" : text,
            regime == null ? "" : regime,
            new DateField(receivedDay, receivedMonth, receivedYear),
            new DateField(sentDay, sentMonth, sentYear));
    List<FieldError> dateErrors = new ArrayList<>();
    Optional<String> received =
        iso(form.received(), "received", "The date your request was received", dateErrors);
    Optional<String> sent = iso(form.sent(), "sent", "The date of the response", dateErrors);
    try {
      if (!dateErrors.isEmpty()) {
        throw new ValidationProblem(dateErrors);
      }
      NoticeCheckResult result =
          checks.check(
              new NoticeChecks.Submission(
                  form.text(), form.regime(), received.orElse(null), sent.orElse(null)),
              ClientAddress.of(http));
      Outcome outcome =
          new Outcome(
              result.regime().equals("EIR")
                  ? "Environmental Information Regulations 2004"
                  : "Freedom of Information Act 2000",
              result.findings().stream().map(FindingGuidance::of).toList(),
              result.cannotAssess().stream().map(FindingGuidance::of).toList(),
              result.read());
      return noStore(200, Templates.page(form, FormErrors.NONE, outcome));
    } catch (ValidationProblem problem) {
      return noStore(400, Templates.page(form, FormErrors.of(problem), null));
    }
  }

  private static Optional<String> iso(
      DateField field, String name, String label, List<FieldError> errors) {
    if (field.isBlank()) {
      return Optional.empty();
    }
    DateField.Result r = field.parse(label, label + " is missing");
    if (r.error() != null) {
      errors.add(new FieldError(name, r.error()));
      return Optional.empty();
    }
    return r.date().map(Object::toString);
  }

  private static Response noStore(int status, TemplateInstance page) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page)
        .header("Cache-Control", "no-store")
        .build();
  }
}
