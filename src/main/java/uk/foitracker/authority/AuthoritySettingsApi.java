package uk.foitracker.authority;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/** The authority's letter settings, for officers: read them, or replace them all at once. */
@Path("/api/authority/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("officer")
@Tag(name = "Authority settings (officers)")
public class AuthoritySettingsApi {

  /**
   * Every setting at once: a missing or blank text clears it. {@code postalAddress} is a list of
   * lines; {@code symbolKey} a list of {symbol, meaning} (symbol "" for a blank cell). {@code logo}
   * a PNG or JPEG in base64 (under 200 KB) replaces the logo, {@code removeLogo} true removes it,
   * and without either the logo stays.
   */
  public record SettingsBody(
      String letterheadName,
      List<String> postalAddress,
      String signatory,
      String reviewProcedure,
      String complaintRights,
      String reuseLicence,
      List<SymbolKey> symbolKey,
      String logo,
      Boolean removeLogo) {}

  private final Letterheads letterheads;
  private final SecurityIdentity identity;
  private final AuthorityScope scope;

  AuthoritySettingsApi(Letterheads letterheads, SecurityIdentity identity, AuthorityScope scope) {
    this.scope = scope;
    this.letterheads = letterheads;
    this.identity = identity;
  }

  @GET
  @Operation(
      summary = "The letter settings",
      description =
          "Letterhead name, postal address lines, signatory, the standard paragraphs (internal"
              + " review, complaint to the Information Commissioner, re-use licence), the key for"
              + " table symbols and the logo's media type (null without a logo). Null: not set.")
  public Letterhead get(@QueryParam("authority") String authority) {
    scope.choose(authority);
    return letterheads.current();
  }

  @PUT
  @Operation(
      summary = "Replace the letter settings",
      description = "Audited. Nothing is saved if any field is refused.")
  @APIResponse(responseCode = "200", description = "The settings as saved")
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields (application/problem+json with errors)")
  public Letterhead put(@QueryParam("authority") String authority, SettingsBody body) {
    scope.choose(authority);
    if (body == null) {
      throw ValidationProblem.of("body", "Send the settings as a JSON object");
    }
    List<FieldError> errors = new ArrayList<>();
    byte[] logo = null;
    if (body.logo() != null && !body.logo().isBlank()) {
      try {
        logo = Base64.getMimeDecoder().decode(body.logo().strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("logo", "The logo must be a PNG or JPEG image in base64"));
      }
    }
    return letterheads.update(
        new SettingsInput(
            body.letterheadName(),
            body.postalAddress(),
            body.signatory(),
            body.reviewProcedure(),
            body.complaintRights(),
            body.reuseLicence(),
            body.symbolKey(),
            logo,
            Boolean.TRUE.equals(body.removeLogo())),
        errors,
        identity.getPrincipal().getName());
  }
}
