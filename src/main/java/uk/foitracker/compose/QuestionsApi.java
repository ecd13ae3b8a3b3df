package uk.foitracker.compose;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.ValidationProblem;

/**
 * A request's questions after logging (issue 20): reword, split, merge, renumber. Each change takes
 * the request's {@code version} as read (a stale one gives 409) and answers with the questions as
 * they now stand; bad input gives a problem document and changes nothing.
 */
@Path("/api/requests/{ref}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests (officers and auditors)")
public class QuestionsApi {

  /** One question: its number and words. */
  public record QuestionItem(int number, String text) {}

  /**
   * The questions as they stand, with the request's version; after a change, what it did ({@code
   * message}) and the version of the case published with it (a reworded published case), or null.
   */
  public record QuestionsBody(
      String reference,
      long version,
      List<QuestionItem> questions,
      String message,
      Integer publishedVersion) {}

  /** New words for a question; {@code reason} required once the response has been sent. */
  public record RewordBody(Long version, String text, String reason) {}

  /** The two parts of a question split in two. */
  public record SplitBody(Long version, String first, String second, String reason) {}

  /** A merge with the next question: {@code text} the merged words (left out: both, in turn). */
  public record MergeBody(Long version, String text, String reason) {}

  /** One question's new number. */
  public record Renumbering(Integer from, Integer to) {}

  /** New numbers: each question's number now and its new one; any left out keeps its number. */
  public record RenumberBody(Long version, List<Renumbering> numbers, String reason) {}

  private final QuestionEdits edits;
  private final SecurityIdentity identity;

  QuestionsApi(QuestionEdits edits, SecurityIdentity identity) {
    this.edits = edits;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({"officer", "auditor"})
  @Operation(summary = "The request's questions, with the request's version")
  public QuestionsBody list(@PathParam("ref") String ref) {
    return body(ref, null, null);
  }

  @PUT
  @Path("{number}")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Reword a question",
      description =
          "text: the new words (e.g. without a sign-off line swept into the last question). The"
              + " answer, outcome, tables and citations stay with it. reason is required once the"
              + " response has been sent; a published case publishes the correction at once as a"
              + " new version with the reason (publishedVersion).")
  @APIResponse(responseCode = "200", description = "The questions as they now stand")
  @APIResponse(responseCode = "400", description = "Invalid fields; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public QuestionsBody reword(
      @PathParam("ref") String ref, @PathParam("number") int number, RewordBody body) {
    requireVersion(body == null ? null : body.version());
    Objects.requireNonNull(body); // requireVersion refused a missing body with a 400
    QuestionEdits.Edited done =
        edits.reword(ref, body.version(), number, body.text(), body.reason(), actor());
    return body(ref, done.message(), done.publishedVersion());
  }

  @POST
  @Path("{number}/split")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Split a question into two",
      description =
          "first keeps the number; second takes the next number (later questions move up one only"
              + " when it is taken). Both parts keep the answer and outcome; citations stay with the"
              + " first. Refused once the response has been sent (its numbers went out with it).")
  @APIResponse(responseCode = "200", description = "The questions as they now stand")
  @APIResponse(responseCode = "400", description = "Invalid fields; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public QuestionsBody split(
      @PathParam("ref") String ref, @PathParam("number") int number, SplitBody body) {
    requireVersion(body == null ? null : body.version());
    Objects.requireNonNull(body); // requireVersion refused a missing body with a 400
    QuestionEdits.Edited done =
        edits.split(
            ref, body.version(), number, body.first(), body.second(), body.reason(), actor());
    return body(ref, done.message(), null);
  }

  @POST
  @Path("{number}/merge")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Merge a question with the next one",
      description =
          "The merged question keeps the number. Refused when the next question has citations, a"
              + " cost assessment, an answer of its own or another outcome (they would be"
              + " orphaned), and once the response has been sent.")
  @APIResponse(responseCode = "200", description = "The questions as they now stand")
  @APIResponse(responseCode = "400", description = "Invalid fields or would orphan; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public QuestionsBody merge(
      @PathParam("ref") String ref, @PathParam("number") int number, MergeBody body) {
    requireVersion(body == null ? null : body.version());
    Objects.requireNonNull(body); // requireVersion refused a missing body with a 400
    QuestionEdits.Edited done =
        edits.merge(ref, body.version(), number, body.text(), body.reason(), actor());
    return body(ref, done.message(), null);
  }

  @PUT
  @Path("numbers")
  @RolesAllowed("officer")
  @Idempotent
  @Operation(
      summary = "Renumber the questions",
      description =
          "numbers: [{from, to}], e.g. to restore the requester's own numbering. Each number once,"
              + " 1 to 999; answers and citations stay with their questions. Refused once the"
              + " response has been sent.")
  @APIResponse(responseCode = "200", description = "The questions as they now stand")
  @APIResponse(responseCode = "400", description = "Invalid fields; nothing saved")
  @APIResponse(responseCode = "409", description = "Someone else changed the request first")
  public QuestionsBody renumber(@PathParam("ref") String ref, RenumberBody body) {
    requireVersion(body == null ? null : body.version());
    Objects.requireNonNull(body); // requireVersion refused a missing body with a 400
    if (body.numbers() == null || body.numbers().isEmpty()) {
      throw ValidationProblem.of("numbers", "Send numbers: [{from, to}] for each question to move");
    }
    Map<Integer, Integer> numbers = new LinkedHashMap<>();
    for (Renumbering r : body.numbers()) {
      if (r == null || r.from() == null || r.to() == null) {
        throw ValidationProblem.of("numbers", "Each entry needs from and to, both whole numbers");
      }
      if (numbers.put(r.from(), r.to()) != null) {
        throw ValidationProblem.of("numbers", "Question " + r.from() + " is given twice");
      }
    }
    QuestionEdits.Edited done =
        edits.renumber(ref, body.version(), numbers, body.reason(), actor());
    return body(ref, done.message(), null);
  }

  private static void requireVersion(Long version) {
    if (version == null) {
      throw ValidationProblem.of("version", "Send the version of the request you read");
    }
  }

  private QuestionsBody body(String ref, String message, Integer published) {
    FoiRequest r =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference '" + ref + "'."));
    return new QuestionsBody(
        r.systemReference,
        r.version,
        Question.forRequest(r).stream().map(q -> new QuestionItem(q.number, q.text)).toList(),
        message,
        published);
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
