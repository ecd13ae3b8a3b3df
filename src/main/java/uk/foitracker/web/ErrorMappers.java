package uk.foitracker.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error the resources raise becomes a GOV.UK-style page for a browser, or an RFC 9457 problem
 * document under /api. Never a stack trace; unexpected errors are logged by class and path only (no
 * request data, which could hold personal data).
 */
public class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "There is a problem with your request"),
          Map.entry(401, "You need to sign in"),
          Map.entry(403, "You do not have access to this page"),
          Map.entry(404, "Page not found"),
          Map.entry(405, "That action is not allowed here"),
          Map.entry(406, "That format is not available"),
          Map.entry(409, "Someone else changed this first"),
          Map.entry(413, "What you sent is too large"),
          Map.entry(415, "That format is not accepted"),
          Map.entry(422, "That request cannot be processed"),
          Map.entry(429, "Too many attempts"));

  @CheckedTemplate(basePath = "")
  static class Templates {
    static native TemplateInstance error(int status, String title, String detail);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String detail = status == 404 ? notFoundDetail(e) : safeMessage(e, status);
    return respond(status, detail, uri, null);
  }

  @ServerExceptionMapper
  public Response validation(ValidationProblem e, UriInfo uri) {
    return respond(400, e.getMessage(), uri, e.errors());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundProblem e, UriInfo uri) {
    return respond(404, e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response conflict(ConflictProblem e, UriInfo uri) {
    return respond(409, e.getMessage(), uri, null);
  }

  /** An API call without a valid token: 401 with a bearer challenge, never a sign-in redirect. */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    Response problem =
        respond(401, "Send a valid bearer token in the Authorization header.", uri, null);
    return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
  }

  /**
   * JSON of the wrong shape (an array for an object, text for a number): 400 with a problem
   * document, rather than the framework's empty 400. Jackson's message is not repeated: it can
   * quote what was sent.
   */
  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
    return respond(400, "The body is not the JSON object this call expects.", uri, null);
  }

  @ServerExceptionMapper
  public Response tooManyAttempts(TooManyAttempts e, UriInfo uri) {
    Response problem = respond(429, e.getMessage(), uri, null);
    return Response.fromResponse(problem)
        .header("Retry-After", e.retryAfterSeconds())
        .header("Cache-Control", "no-store")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(403, "Your role does not allow this.", uri, null);
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseOutage.causedBy(e)) {
      LOG.warnf("Database unavailable at %s", uri.getPath());
      return Response.fromResponse(
              respond(
                  503,
                  "The service cannot reach its database. Try again in a few minutes.",
                  uri,
                  null))
          .header("Retry-After", "30")
          .build();
    }
    LOG.errorf("Unexpected %s at %s", e.getClass().getName(), uri.getPath());
    LOG.debug("Unexpected error", e);
    return respond(500, "Something went wrong on our side. Try again later.", uri, null);
  }

  static Response respond(int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
    String title =
        TITLES.getOrDefault(
            status,
            status == 503
                ? "Sorry, the service is unavailable"
                : status >= 500
                    ? "Sorry, there is a problem with the service"
                    : "There is a problem");
    if (isApi(uri.getPath())) {
      return Response.status(status)
          .type(Problem.MEDIA_TYPE)
          .entity(new Problem("about:blank", title, status, detail, uri.getPath(), errors))
          .build();
    }
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.error(status, title, detail))
        .build();
  }

  static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String notFoundDetail(WebApplicationException e) {
    String message = e.getMessage();
    // Messages we raise ourselves say what is missing; the framework's own say little.
    if (message == null
        || message.isBlank()
        || message.startsWith("HTTP 404")
        || message.startsWith("Unable to find matching target resource method")) {
      return "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.";
    }
    return message;
  }

  private static String safeMessage(WebApplicationException e, int status) {
    String message = e.getMessage();
    if (message == null || message.startsWith("HTTP " + status)) {
      return TITLES.getOrDefault(status, "The request could not be handled.");
    }
    return message;
  }
}
