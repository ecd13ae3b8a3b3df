package uk.foitracker.compare;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.compare.Batches.BatchView;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's batch screens: the list and the create form, a batch with its cases (add by
 * reference or address, take out, suggestions by likeness of wording), and the label screen that
 * corrects the alignment. Each form posts, then redirects (post/redirect/get) with a banner; a
 * refused form comes back with the error summary and what was typed, nothing saved.
 */
@Path("/officer/batches")
@Produces(MediaType.TEXT_HTML)
public class BatchesPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(BatchForms.Index form);

    static native TemplateInstance detail(BatchForms.Detail form);

    static native TemplateInstance labels(BatchForms.Labels form);
  }

  private final Batches batches;
  private final Comparisons comparisons;
  private final SecurityIdentity identity;

  BatchesPage(Batches batches, Comparisons comparisons, SecurityIdentity identity) {
    this.batches = batches;
    this.comparisons = comparisons;
    this.identity = identity;
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }

  @GET
  public Response index() {
    return page(Templates.index(new BatchForms.Index(batches.list(), "", "", FormErrors.NONE)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@RestForm String title, @RestForm String wording) {
    try {
      BatchView b = batches.create(title, wording, actor());
      return Response.seeOther(URI.create("/officer/batches/" + b.slug() + "?done=created"))
          .build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .entity(
              Templates.index(
                  new BatchForms.Index(batches.list(), title, wording, FormErrors.of(p))))
          .build();
    }
  }

  @GET
  @Path("{batch}")
  public Response detail(@PathParam("batch") String batch, @QueryParam("done") String done) {
    return page(Templates.detail(detail(batch, "", done, FormErrors.NONE)));
  }

  private BatchForms.Detail detail(String batch, String member, String done, FormErrors errors) {
    return new BatchForms.Detail(batches.get(batch), batches.suggest(batch), member, done, errors);
  }

  @POST
  @Path("{batch}/members")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@PathParam("batch") String batch, @RestForm String member) {
    try {
      batches.add(batch, member, actor());
      return Response.seeOther(URI.create("/officer/batches/" + batch + "?done=added")).build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .entity(Templates.detail(detail(batch, member, null, FormErrors.of(p))))
          .build();
    }
  }

  @POST
  @Path("{batch}/members/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("batch") String batch, @RestForm String member) {
    try {
      batches.remove(batch, member, actor());
      return Response.seeOther(URI.create("/officer/batches/" + batch + "?done=removed")).build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .entity(Templates.detail(detail(batch, "", null, FormErrors.of(p))))
          .build();
    }
  }

  @GET
  @Path("{batch}/labels")
  public Response labels(@PathParam("batch") String batch, @QueryParam("done") String done) {
    return page(Templates.labels(labels(batch, "ROW", "", "", done, FormErrors.NONE)));
  }

  private BatchForms.Labels labels(
      String batch, String axis, String from, String to, String done, FormErrors errors) {
    return new BatchForms.Labels(
        batches.get(batch), comparisons.labels(batch), axis, from, to, done, errors);
  }

  @POST
  @Path("{batch}/labels")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response map(
      @PathParam("batch") String batch,
      @RestForm String axis,
      @RestForm String from,
      @RestForm String to) {
    try {
      batches.map(batch, axis, from, to, actor());
      return Response.seeOther(URI.create("/officer/batches/" + batch + "/labels?done=mapped"))
          .build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .entity(Templates.labels(labels(batch, axis, from, to, null, FormErrors.of(p))))
          .build();
    }
  }

  @POST
  @Path("{batch}/labels/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response unmap(@PathParam("batch") String batch, @RestForm String mapping) {
    long id;
    try {
      id = Long.parseLong(mapping == null ? "" : mapping.strip());
    } catch (NumberFormatException e) {
      id = -1;
    }
    try {
      batches.unmap(batch, id, actor());
      return Response.seeOther(URI.create("/officer/batches/" + batch + "/labels?done=unmapped"))
          .build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .entity(Templates.labels(labels(batch, "ROW", "", "", null, FormErrors.of(p))))
          .build();
    }
  }

  private static Response page(TemplateInstance t) {
    return Response.ok(t).header("Cache-Control", "no-store").build();
  }
}
