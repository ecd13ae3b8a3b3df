package uk.foitracker.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.web.ValidationProblem;

/**
 * Importing past responses, for officers with a bearer token (bulk migration, scripts): a letter's
 * text in, a proposal of its case out, kept in memory until confirmed into a request and a draft
 * response, or abandoned. Nothing is saved before confirm.
 */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Imports of past responses (officers)")
public class ImportsApi {

  /** A letter to read: its text; the regime and received date, when given, override the text. */
  public record ImportBody(String text, String regime, String received) {
    @Override
    public String toString() {
      return "ImportBody[text of " + (text == null ? 0 : text.length()) + " characters]";
    }
  }

  /**
   * A proposal: its id, the proposal, where each element was read ({@code marks}: element, start,
   * end, sure; character offsets of the text sent), the elements to check ({@code check}) and what
   * the reader could not find ({@code unread}).
   */
  public record ImportView(
      String id,
      ImportProposal proposal,
      List<Proposals.Mark> marks,
      List<String> check,
      List<String> unread) {
    static ImportView of(ImportStore.Kept k) {
      Proposals.Reading r = k.reading();
      return new ImportView(k.id(), r.proposal(), r.marks(), r.check(), r.unread());
    }
  }

  /** Confirm: the corrected proposal (optional) and how the request was received (optional). */
  public record ConfirmBody(ImportProposal proposal, String channel) {}

  private final Imports imports;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  private final AuthorityScope authorities;

  ImportsApi(
      Imports imports, SecurityIdentity identity, ObjectMapper json, AuthorityScope authorities) {
    this.authorities = authorities;
    this.imports = imports;
    this.identity = identity;
    this.json = json;
  }

  @POST
  @RolesAllowed("officer")
  @Operation(
      summary = "Read a past response into a proposal",
      description =
          "Body {\"text\" (up to 200,000 characters), \"regime\": \"FOIA\"|\"EIR\" (optional),"
              + " \"received\": \"YYYY-MM-DD\" (optional)}. Answers {\"id\", \"proposal\":"
              + " {regime, references, received, sent, statedDue, questions, outcomes, tables,"
              + " citations, costs, ...}, \"marks\", \"check\", \"unread\"}. Nothing is saved: the"
              + " proposal is kept in memory for a few hours, to confirm or abandon.")
  @APIResponse(responseCode = "201", description = "Read; Location is the proposal")
  @APIResponse(responseCode = "400", description = "Empty, too long or not text (problem+json)")
  public Response create(ImportBody body) {
    if (body == null) {
      throw ValidationProblem.of("text", "Send a JSON object with the text of the letter");
    }
    ImportStore.Kept k = imports.propose(body.text(), body.regime(), body.received(), actor());
    return Response.created(URI.create("/api/imports/" + k.id()))
        .entity(ImportView.of(k))
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed("officer")
  @Operation(summary = "A proposal not yet confirmed")
  @APIResponse(responseCode = "404", description = "Confirmed, abandoned or expired")
  public Response get(@PathParam("id") String id) {
    return Response.ok(ImportView.of(imports.get(id))).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("{id}/confirm")
  @RolesAllowed("officer")
  @Operation(
      summary = "Confirm a proposal into a request and a draft response",
      description =
          "Body (optional): {\"proposal\": the proposal as corrected, \"channel\": EMAIL|POST|..."
              + " (default EMAIL), \"authority\": the slug of the authority it was sent to, for an"
              + " officer of several}; a bare proposal object is taken too. Answers {reference,"
              + " accessCode, href, responseHref, notEntered}: notEntered lists what the"
              + " services refused (entered by hand on the response page).")
  @APIResponse(responseCode = "201", description = "The request and its draft response")
  @APIResponse(responseCode = "400", description = "The request cannot be logged; nothing saved")
  @APIResponse(responseCode = "404", description = "Confirmed, abandoned or expired")
  public Response confirm(@PathParam("id") String id, JsonNode node) {
    ConfirmBody body = confirmBody(node);
    if (node != null && node.hasNonNull("authority")) {
      authorities.choose(node.get("authority").asText());
    }
    Imports.Confirmed c =
        imports.confirm(
            id,
            body == null ? null : body.proposal(),
            body == null ? null : body.channel(),
            actor());
    return Response.created(URI.create(c.href()))
        .entity(c)
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("officer")
  @Operation(summary = "Abandon a proposal: nothing of it is kept")
  public Response abandon(@PathParam("id") String id) {
    imports.get(id);
    imports.abandon(id);
    return Response.noContent().build();
  }

  /** The body: {"proposal", "channel"}, a bare proposal, or nothing. */
  private ConfirmBody confirmBody(JsonNode node) {
    if (node == null || node.isNull() || node.isEmpty()) {
      return null;
    }
    if (!node.isObject()) {
      throw ValidationProblem.of("proposal", "Send the corrected proposal as a JSON object");
    }
    try {
      if (node.has("proposal") || node.has("channel")) {
        return json.treeToValue(node, ConfirmBody.class);
      }
      return new ConfirmBody(json.treeToValue(node, ImportProposal.class), null);
    } catch (JsonProcessingException e) {
      throw ValidationProblem.of(
          "proposal", "The proposal is not in the shape POST /api/imports gives it");
    }
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
