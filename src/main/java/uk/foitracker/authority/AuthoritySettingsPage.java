package uk.foitracker.authority;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's letter settings: letterhead, signatory, standard paragraphs and the symbol key. The
 * form posts, redirects to the page with a success banner, and shows the error summary with what
 * was typed when anything is refused (nothing is then saved).
 */
@Path("/officer/settings")
@Produces(MediaType.TEXT_HTML)
public class AuthoritySettingsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(SettingsForm form);
  }

  private final Letterheads letterheads;
  private final SecurityIdentity identity;
  private final AuthorityScope scope;

  AuthoritySettingsPage(Letterheads letterheads, SecurityIdentity identity, AuthorityScope scope) {
    this.scope = scope;
    this.letterheads = letterheads;
    this.identity = identity;
  }

  @GET
  public Response show(
      @QueryParam("saved") String saved, @QueryParam("authority") String authority) {
    scope.choose(authority);
    return Response.ok(Templates.form(SettingsForm.of(letterheads.current(), "yes".equals(saved))))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response save(
      @RestForm String letterheadName,
      @RestForm String postalAddress,
      @RestForm String signatory,
      @RestForm String reviewProcedure,
      @RestForm String complaintRights,
      @RestForm String reuseLicence,
      @RestForm String symbolKey,
      @RestForm("logo") FileUpload logo,
      @RestForm String removeLogo,
      @RestForm String authority) {
    scope.choose(authority);
    List<FieldError> formErrors = new ArrayList<>();
    List<SymbolKey> keys = SymbolKeys.parse(symbolKey, "symbolKey", formErrors);
    try {
      byte[] bytes = read(logo);
      letterheads.update(
          new SettingsInput(
              letterheadName,
              postalAddress == null ? List.of() : List.of(postalAddress.split("\\R")),
              signatory,
              reviewProcedure,
              complaintRights,
              reuseLicence,
              keys,
              bytes,
              "yes".equals(removeLogo)),
          formErrors,
          identity.getPrincipal().getName());
      return Response.seeOther(
              URI.create(
                  "/officer/settings?saved=yes"
                      + (scope.chosen() == null
                          ? ""
                          : "&authority="
                              + URLEncoder.encode(scope.chosen(), StandardCharsets.UTF_8))))
          .build();
    } catch (ValidationProblem problem) {
      Letterhead stored = letterheads.current();
      return Response.status(400)
          .entity(
              Templates.form(
                  new SettingsForm(
                      stored.authority(),
                      letterheadName,
                      postalAddress,
                      signatory,
                      reviewProcedure,
                      complaintRights,
                      reuseLicence,
                      symbolKey,
                      stored.logoDataUri(),
                      false,
                      FormErrors.of(problem))))
          .build();
    }
  }

  /** The uploaded file's bytes; null when no file was chosen. */
  private static byte[] read(FileUpload upload) {
    if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
      return null;
    }
    if (upload.size() > LogoImages.MAX_BYTES) {
      throw ValidationProblem.of("logo", "The logo must be smaller than 200 KB");
    }
    try {
      return Files.readAllBytes(upload.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
