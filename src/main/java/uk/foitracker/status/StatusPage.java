package uk.foitracker.status;

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
import java.util.List;
import uk.foitracker.web.ClientAddress;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * "Check a request's status": the requester types the reference and access code. A POST, and the
 * answer is rendered from it (no redirect): the code must never go into an address, a history or a
 * cache, so every answer is {@code Cache-Control: no-store}. A wrong reference and a wrong code get
 * the same page (404, the form emptied), byte for byte.
 */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
public class StatusPage {

  /** What was typed, echoed back into the form (never the access code). */
  public record Form(String reference) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(Form form, FormErrors errors, RequestStatus result);
  }

  private final RequestStatuses statuses;

  StatusPage(RequestStatuses statuses) {
    this.statuses = statuses;
  }

  @GET
  public Response form() {
    return noStore(200, Templates.page(new Form(""), FormErrors.NONE, null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response check(
      @FormParam("reference") String reference,
      @FormParam("accessCode") String accessCode,
      @Context HttpServerRequest http) {
    try {
      RequestStatus status = statuses.check(reference, accessCode, ClientAddress.of(http));
      return noStore(200, Templates.page(new Form(""), FormErrors.NONE, status));
    } catch (ValidationProblem problem) {
      return noStore(
          400,
          Templates.page(
              new Form(reference == null ? "" : reference.strip()), FormErrors.of(problem), null));
    } catch (RequestStatuses.NoSuchStatus notFound) {
      // Nothing typed is echoed, so both cases are the same page.
      FormErrors errors =
          new FormErrors(List.of(new FieldError("reference", RequestStatuses.NOT_FOUND)));
      return noStore(404, Templates.page(new Form(""), errors, null));
    }
  }

  private static Response noStore(int status, TemplateInstance page) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page)
        .header("Cache-Control", "no-store")
        .build();
  }
}
