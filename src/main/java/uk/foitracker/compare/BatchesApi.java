package uk.foitracker.compare;

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
import uk.foitracker.compare.Batches.BatchView;
import uk.foitracker.compare.Batches.Suggestion;

/** The officer's API on batches; bad input is a 400 problem document, nothing saved. */
@Path("/api/batches")
@RolesAllowed("officer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchesApi {
  private final Batches batches;
  private final SecurityIdentity identity;

  BatchesApi(Batches batches, SecurityIdentity identity) {
    this.batches = batches;
    this.identity = identity;
  }

  /** A new batch: its title and the request's wording as sent. */
  public record NewBatch(String title, String wording) {}

  /** A case by its reference or its slug. */
  public record Member(String member) {}

  /** A label mapping: axis ROW or COLUMN, the label as written, the label it is taken as. */
  public record Mapping(String axis, String from, String to) {}

  private String actor() {
    return identity.getPrincipal().getName();
  }

  @GET
  @Operation(summary = "The batches, newest first")
  public List<BatchView> list() {
    return batches.list();
  }

  @POST
  @Operation(summary = "Create a batch: the same request sent to many authorities")
  public Response create(NewBatch body) {
    NewBatch b = body == null ? new NewBatch(null, null) : body;
    BatchView v = batches.create(b.title(), b.wording(), actor());
    return Response.created(URI.create("/api/batches/" + v.slug())).entity(v).build();
  }

  @GET
  @Path("{batch}")
  @Operation(summary = "One batch: its cases (published or not) and its label mappings")
  public BatchView get(@PathParam("batch") String batch) {
    return batches.get(batch);
  }

  @POST
  @Path("{batch}/members")
  @Operation(summary = "Add a case to the batch by its reference or slug")
  public BatchView add(@PathParam("batch") String batch, Member body) {
    return batches.add(batch, body == null ? null : body.member(), actor());
  }

  @GET
  @Path("{batch}/suggestions")
  @Operation(
      summary = "Cases whose request is worded like the batch's",
      description =
          "The Jaccard index of the two texts' words (common words left out), 0.3 or more, best"
              + " first, at most 20; cases already in the batch are left out.")
  public List<Suggestion> suggestions(@PathParam("batch") String batch) {
    return batches.suggest(batch);
  }

  @POST
  @Path("{batch}/labels")
  @Operation(summary = "Take a row or column label as another when aligning the batch's tables")
  public BatchView map(@PathParam("batch") String batch, Mapping body) {
    Mapping m = body == null ? new Mapping(null, null, null) : body;
    return batches.map(batch, m.axis(), m.from(), m.to(), actor());
  }

  @DELETE
  @Path("{batch}/labels/{number}")
  @Operation(summary = "Remove a label mapping by its id")
  public BatchView unmap(@PathParam("batch") String batch, @PathParam("number") long number) {
    return batches.unmap(batch, number, actor());
  }
}
