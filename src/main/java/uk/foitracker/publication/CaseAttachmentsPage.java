package uk.foitracker.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.foitracker.attachment.AttachmentFile;
import uk.foitracker.attachment.Attachments;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.web.FileDownloads;
import uk.foitracker.web.NotFoundProblem;

/**
 * A published case's attachments, for anyone: only a file that the latest published version lists
 * and that is still releasable, with the bytes that were published (same SHA-256).
 */
@Path("/cases/{slug}/attachments")
public class CaseAttachmentsPage {
  private final CaseVersions cases;
  private final Attachments attachments;

  CaseAttachmentsPage(CaseVersions cases, Attachments attachments) {
    this.cases = cases;
    this.attachments = attachments;
  }

  @GET
  @Path("{number}")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("slug") String slug, @PathParam("number") int number) {
    CaseView view = cases.find(slug).orElseThrow(() -> notFound(number));
    CaseView.FileView listed =
        view.attachments().stream()
            .filter(a -> a.number() == number)
            .findFirst()
            .orElseThrow(() -> notFound(number));
    FoiRequest request = FoiRequest.findPublishedBySlug(slug).orElseThrow(() -> notFound(number));
    AttachmentFile file =
        attachments
            .releasableFile(request, number)
            .filter(f -> f.sha256().equals(listed.sha256()))
            .orElseThrow(() -> notFound(number));
    return FileDownloads.attachment(
        file.content(), file.mediaType(), listed.name(), file.sha256(), "public, max-age=300");
  }

  private static NotFoundProblem notFound(int number) {
    return new NotFoundProblem("The case has no published attachment " + number);
  }
}
