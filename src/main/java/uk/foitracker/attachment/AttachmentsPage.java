package uk.foitracker.attachment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.request.StaleRequestException;
import uk.foitracker.web.FileDownloads;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's attachment forms, posted from the compose page ({@code
 * ResponsePage/compose/attachments.html}): upload a file, mark one releasable, download one. A
 * refused form shows this page with the error summary (400), and nothing is saved.
 */
@Path("/officer/requests/{ref}/response/attachments")
@Produces(MediaType.TEXT_HTML)
public class AttachmentsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance refused(AttachmentForm form);
  }

  private final Attachments attachments;
  private final SecurityIdentity identity;

  AttachmentsPage(Attachments attachments, SecurityIdentity identity) {
    this.attachments = attachments;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("ref") String ref, @RestForm String version, @RestForm("file") FileUpload file) {
    try {
      if (file == null || file.fileName() == null || file.fileName().isBlank()) {
        throw ValidationProblem.of("file", "Choose a file to attach");
      }
      attachments.checkSize(file.size());
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file.uploadedFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      AttachmentView v = attachments.upload(ref, version(version), file.fileName(), bytes, actor());
      return seeOther(ref, "#attachment-" + v.number());
    } catch (ValidationProblem | StaleRequestException e) {
      return refused(ref, e, null);
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{number}/releasable")
  public Response releasable(
      @PathParam("ref") String ref,
      @PathParam("number") int number,
      @RestForm String version,
      @RestForm String releasable,
      @RestForm String hiddenContentConfirmed) {
    try {
      if (!"yes".equals(releasable) && !"no".equals(releasable)) {
        throw ValidationProblem.of("releasable", "Say whether the attachment is releasable");
      }
      attachments.markReleasable(
          ref,
          version(version),
          number,
          "yes".equals(releasable),
          "yes".equals(hiddenContentConfirmed),
          actor());
      return seeOther(ref, "#attachment-" + number);
    } catch (ValidationProblem | StaleRequestException e) {
      return refused(ref, e, number);
    }
  }

  @GET
  @Path("{number}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("ref") String ref, @PathParam("number") int number) {
    AttachmentFile f = attachments.file(ref, number);
    return FileDownloads.attachment(f.content(), f.mediaType(), f.name(), f.sha256(), "no-store");
  }

  private Response refused(String ref, RuntimeException e, Integer number) {
    FormErrors errors =
        e instanceof ValidationProblem v
            ? FormErrors.of(
                v.errors(),
                field ->
                    number == null
                        ? field
                        : field.equals("hiddenContentConfirmed")
                            ? "attachment-" + number + "-confirm"
                            : "attachment-" + number + "-releasable")
            : new FormErrors(
                List.of(
                    new FieldError(
                        "version",
                        "Someone else changed the response since you opened it: go back, reload"
                            + " the page and try again.")));
    AttachmentForm form =
        new AttachmentForm(
            ref,
            errors,
            attachments.list(ref),
            number,
            attachments.maxText(),
            attachments.allowedText(),
            attachments.accept());
    return Response.status(e instanceof StaleRequestException ? 409 : 400)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.refused(form))
        .build();
  }

  private static Response seeOther(String ref, String fragment) {
    return Response.seeOther(
            URI.create("/officer/requests/" + ref + "/response/answers?done=attachment" + fragment))
        .build();
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }

  private static Long version(String version) {
    if (version == null || version.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      throw ValidationProblem.of(
          "version", "The form is out of date: reload the page and try again.");
    }
  }
}
