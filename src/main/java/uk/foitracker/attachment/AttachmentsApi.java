package uk.foitracker.attachment;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.web.FileDownloads;
import uk.foitracker.web.ValidationProblem;

/** The files attached to a response, for officers with a bearer token. */
@Path("/api/responses/{ref}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("officer")
@Tag(name = "Responses (officers)")
public class AttachmentsApi {
  /** Whether the attachment is published with the case; a hidden-content spreadsheet confirms. */
  public record ReleasableBody(Boolean releasable, Boolean hiddenContentConfirmed) {}

  /** A file in base64, for clients that send JSON. */
  public record FileBody(String fileName, String content) {}

  private final Attachments attachments;
  private final SecurityIdentity identity;

  AttachmentsApi(Attachments attachments, SecurityIdentity identity) {
    this.attachments = attachments;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "The response's attachments, releasable or not")
  public List<AttachmentView> list(@PathParam("ref") String ref) {
    return attachments.list(ref);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Attach a file to the response, sent as JSON",
      description =
          "{\"fileName\": \"figures.xlsx\", \"content\": \"<the file in base64>\"}; the same"
              + " checks and answer as the multipart upload. Bearer clients use this one: a"
              + " multipart body is a form, and forms need the CSRF token of a browser session.")
  public Response uploadJson(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, FileBody body) {
    if (body == null || body.fileName() == null || body.fileName().isBlank()) {
      throw ValidationProblem.of("fileName", "Give the file's name, such as figures.xlsx");
    }
    byte[] bytes;
    try {
      bytes = body.content() == null ? new byte[0] : Base64.getMimeDecoder().decode(body.content());
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of("content", "The file content must be base64");
    }
    return created(ref, attachments.upload(ref, version(ifMatch), body.fileName(), bytes, actor()));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Attach a file to the response",
      description =
          "multipart/form-data with the file in the part \"file\". A PDF, spreadsheet (.xlsx,"
              + " .xls, .ods), Word or OpenDocument text (.docx, .doc, .odt), CSV or plain text,"
              + " recognised by its content; at most foi.attachments.max-bytes (20 MB). Not"
              + " published until marked releasable. 201 with the attachment.")
  public Response upload(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @RestForm("file") FileUpload file) {
    if (file == null || file.fileName() == null || file.fileName().isBlank()) {
      throw ValidationProblem.of("file", "Send the file in the multipart part \"file\"");
    }
    attachments.checkSize(file.size());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return created(ref, attachments.upload(ref, version(ifMatch), file.fileName(), bytes, actor()));
  }

  private static Response created(String ref, AttachmentView v) {
    return Response.status(201)
        .header("Location", "/api/responses/" + ref + "/attachments/" + v.number())
        .entity(v)
        .build();
  }

  @GET
  @Path("{number}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attachment (releasable or not)")
  public Response download(@PathParam("ref") String ref, @PathParam("number") int number) {
    AttachmentFile f = attachments.file(ref, number);
    return FileDownloads.attachment(f.content(), f.mediaType(), f.name(), f.sha256(), "no-store");
  }

  @PUT
  @Path("{number}/releasable")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mark an attachment releasable, or not",
      description =
          "{\"releasable\": true} publishes the attachment with the case from the next publication"
              + " or correction. A spreadsheet with hidden sheets, rows or columns is refused (400,"
              + " field hiddenContentConfirmed) unless hiddenContentConfirmed is true.")
  public AttachmentView releasable(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("number") int number,
      ReleasableBody body) {
    if (body == null || body.releasable() == null) {
      throw ValidationProblem.of("releasable", "Say whether the attachment is releasable");
    }
    return attachments.markReleasable(
        ref,
        version(ifMatch),
        number,
        body.releasable(),
        Boolean.TRUE.equals(body.hiddenContentConfirmed()),
        actor());
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }

  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    try {
      return Long.valueOf(v.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw ValidationProblem.of("If-Match", "If-Match must be the request's version");
    }
  }
}
