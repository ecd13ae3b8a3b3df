package uk.foitracker.compose;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableGrids;
import uk.foitracker.answer.TableView;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.publication.Publishing;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.NoticeCompleteness;
import uk.foitracker.web.PdfResponses;
import uk.foitracker.web.ValidationProblem;

/**
 * Composing a response, for officers with a bearer token: answers, tables, citations, the cost
 * assessment, the notice particulars; then send, publish or withhold, correct, review.
 */
@Path("/api/responses/{ref}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("officer")
@Tag(name = "Responses (officers)")
public class ResponsesApi {
  public record OutcomeBody(String outcome) {}

  public record Position(int position) {}

  /**
   * Cells pasted as text (tab- or comma-separated), the caption and the layout: headerRows 0 (a
   * list of labels and values), 1 or 2; what a blank cell and a "-" mean (NOT_STATED, ZERO,
   * NOT_HELD, NOT_APPLICABLE); the total rows (numbered as in the cells, from 1) and columns
   * (lettered as in a spreadsheet), found by their labels when absent; the note under the table.
   */
  public record TableBody(
      String caption,
      Integer headerRows,
      String cells,
      Boolean notHeldConfirmed,
      String blankMeans,
      String dashMeans,
      List<Integer> totalRows,
      List<String> totalColumns,
      String note) {}

  /** The table as it would be published; totalsWarnings: each stated total that does not add up. */
  public record TablePreview(
      TableView table, int notHeldCells, int suppressedCells, List<String> totalsWarnings) {}

  /**
   * A CSV or XLSX file in base64, with the layout (as {@link TableBody}); confirm=true saves it.
   */
  public record FileBody(
      String fileName,
      String content,
      String caption,
      Integer headerRows,
      Boolean notHeldConfirmed,
      Boolean confirm,
      String blankMeans,
      String dashMeans,
      List<Integer> totalRows,
      List<String> totalColumns,
      String note) {}

  /** The note under a table (a caveat, a key for "-" or "<5"); blank removes it. */
  public record TableNoteBody(String note) {}

  public record NoticeBody(String reviewProcedure, String complaintRights) {}

  public record LicenceBody(String licenceStatement) {}

  public record CostResult(
      int totalMinutes, String hoursText, long costPence, boolean exceedsLimit, int limitHours) {}

  public record SendBody(String sentOn, Boolean acknowledgeIncomplete) {}

  /** totalsWarnings: each stated total of the response's tables that does not add up. */
  public record SentResult(
      String sentOn, List<MissingView> noticeLacked, List<String> totalsWarnings) {}

  public record PublishBody(String slug) {}

  public record Published(String slug, String href) {}

  public record ReasonBody(String reason) {}

  public record ReviewRequestBody(String requestedOn) {}

  public record ReviewDecisionBody(
      String reviewer, String outcome, String reasons, String decidedOn) {}

  private final Answers answers;
  private final Citations citations;
  private final CostAssessments costs;
  private final Notices notices;
  private final Sending sending;
  private final Publishing publishing;
  private final InternalReviews reviews;
  private final ResponseDrafts drafts;
  private final ResponseLetters letters;
  private final SecurityIdentity identity;

  ResponsesApi(
      Answers answers,
      Citations citations,
      CostAssessments costs,
      Notices notices,
      Sending sending,
      Publishing publishing,
      InternalReviews reviews,
      ResponseDrafts drafts,
      ResponseLetters letters,
      SecurityIdentity identity) {
    this.answers = answers;
    this.citations = citations;
    this.costs = costs;
    this.notices = notices;
    this.sending = sending;
    this.publishing = publishing;
    this.reviews = reviews;
    this.drafts = drafts;
    this.letters = letters;
    this.identity = identity;
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }

  @GET
  @Operation(
      summary = "The response as it stands",
      description =
          "Preview as it would be published, the refusal notice with its missing elements, the internal review.")
  public ResponseView get(@PathParam("ref") String ref) {
    return drafts.response(ref);
  }

  @POST
  @Idempotent
  @Path("answers")
  @Operation(
      summary = "Add an answer",
      description =
          "paragraphs, and the numbers of the questions it answers (several when they share it).")
  public Position addAnswer(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, AnswerInput body) {
    return new Position(answers.saveAnswer(ref, version(ifMatch), null, required(body), actor()));
  }

  @PUT
  @Idempotent
  @Path("answers/{position}")
  @Operation(summary = "Change an answer and the questions it answers")
  public Position changeAnswer(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position,
      AnswerInput body) {
    return new Position(
        answers.saveAnswer(ref, version(ifMatch), position, required(body), actor()));
  }

  @PUT
  @Idempotent
  @Path("questions/{number}/outcome")
  @Operation(summary = "Set a question's outcome")
  public Response outcome(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("number") int number,
      OutcomeBody body) {
    answers.setOutcome(ref, version(ifMatch), number, required(body).outcome(), actor());
    return Response.noContent().build();
  }

  @POST
  @Path("answers/{position}/tables/preview")
  @Operation(summary = "Preview pasted cells as a table", description = "Nothing is saved.")
  public TablePreview previewPasted(
      @PathParam("ref") String ref, @PathParam("position") int position, TableBody body) {
    TableBody b = required(body);
    return preview(TableGrids.fromPaste(b.cells()), layout(b), "cells");
  }

  @POST
  @Idempotent
  @Path("answers/{position}/tables")
  @Operation(
      summary = "Add a table from pasted cells",
      description =
          "Cells read as not held (\"-\", or blank in a table without blankMeans) need"
              + " notHeldConfirmed=true unless dashMeans or blankMeans says so.")
  public Position addPasted(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position,
      TableBody body) {
    TableBody b = required(body);
    TableDraft.Layout layout = layout(b);
    return new Position(
        answers.addTable(
            ref,
            version(ifMatch),
            position,
            TableGrids.fromPaste(b.cells()),
            layout,
            "cells",
            actor()));
  }

  @POST
  @Idempotent
  @Path("answers/{position}/tables/file")
  @Operation(
      summary = "Preview or add a table from a CSV or XLSX file",
      description =
          "fileName ends .csv or .xlsx; content is the file in base64. confirm=true saves it; otherwise a preview. Nothing is saved on any error.")
  public Response file(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position,
      FileBody body) {
    FileBody b = required(body);
    byte[] bytes;
    try {
      bytes = b.content() == null ? new byte[0] : Base64.getMimeDecoder().decode(b.content());
    } catch (IllegalArgumentException e) {
      throw ValidationProblem.of("file", "The file content must be base64");
    }
    List<List<String>> grid = TableUploads.grid(b.fileName(), bytes);
    TableDraft.Layout layout =
        layout(
            new TableBody(
                b.caption(),
                b.headerRows(),
                null,
                b.notHeldConfirmed(),
                b.blankMeans(),
                b.dashMeans(),
                b.totalRows(),
                b.totalColumns(),
                b.note()));
    if (Boolean.TRUE.equals(b.confirm())) {
      return Response.ok(
              new Position(
                  answers.addTable(ref, version(ifMatch), position, grid, layout, "file", actor())))
          .build();
    }
    return Response.ok(preview(grid, layout, "file")).build();
  }

  @PUT
  @Idempotent
  @Path("answers/{position}/tables/{table}/note")
  @Operation(
      summary = "Set the note under a table",
      description = "A caveat or a key for \"-\" or \"<5\"; a blank note removes it.")
  public Response tableNote(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position,
      @PathParam("table") int table,
      TableNoteBody body) {
    answers.setTableNote(ref, version(ifMatch), position, table, required(body).note(), actor());
    return Response.noContent().build();
  }

  @DELETE
  @Idempotent
  @Path("answers/{position}/tables/{table}")
  public Response removeTable(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position,
      @PathParam("table") int table) {
    answers.removeTable(ref, version(ifMatch), position, table, actor());
    return Response.noContent().build();
  }

  @POST
  @Idempotent
  @Path("questions/{number}/citations")
  @Operation(
      summary = "Cite a provision for a question",
      description =
          "provision is the catalogue code (e.g. FOIA-43); reasons are required; publicInterestFor, publicInterestAgainst and publicInterestConclusion too for a qualified exemption. The role follows from the provision: not held (s.1(1)(a)) is a denial.")
  public Position cite(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("number") int number,
      CitationInput body) {
    return new Position(citations.cite(ref, version(ifMatch), number, required(body), actor()));
  }

  @DELETE
  @Idempotent
  @Path("questions/{number}/citations/{position}")
  public Response uncite(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("number") int number,
      @PathParam("position") int position) {
    citations.removeCitation(ref, version(ifMatch), number, position, actor());
    return Response.noContent().build();
  }

  @PUT
  @Idempotent
  @Path("cost-assessment")
  @Operation(
      summary = "Record the s.12 cost assessment",
      description =
          "Lines for DETERMINING, LOCATING, RETRIEVING, EXTRACTING only; others (REDACTING, CONSIDERING_EXEMPTIONS...) are refused with the reason. related: requests to aggregate (reg 5).")
  public CostResult cost(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, CostInput body) {
    CostEstimate.Result r = costs.assessCost(ref, version(ifMatch), required(body), actor());
    return new CostResult(
        r.totalMinutes(), r.hoursText(), r.costPence(), r.exceedsLimit(), r.limit().hours());
  }

  @PUT
  @Idempotent
  @Path("notice")
  @Operation(summary = "The refusal notice's review procedure and complaint rights (s.17(7))")
  public NoticeView notice(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, NoticeBody body) {
    NoticeBody b = required(body);
    notices.setNotice(ref, version(ifMatch), b.reviewProcedure(), b.complaintRights(), actor());
    return drafts.response(ref).notice();
  }

  @PUT
  @Idempotent
  @Path("licence")
  public Response licence(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, LicenceBody body) {
    notices.setLicenceStatement(ref, version(ifMatch), required(body).licenceStatement(), actor());
    return Response.noContent().build();
  }

  @GET
  @Path("letter")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The response letter as HTML, to print")
  public TemplateInstance letterHtml(@PathParam("ref") String ref) {
    return letters.html(drafts.letter(ref));
  }

  @GET
  @Path("letter.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The response letter as PDF")
  public Response letterPdf(@PathParam("ref") String ref) {
    return PdfResponses.inline(letters.pdf(drafts.letter(ref)), "response-" + ref);
  }

  @POST
  @Idempotent
  @Path("send")
  @Operation(
      summary = "Record that the response was sent",
      description =
          "Stops the clock. Refused while the refusal notice is incomplete unless acknowledgeIncomplete is true.")
  public SentResult send(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, SendBody body) {
    SendBody b = required(body);
    List<NoticeCompleteness.Missing> lacked =
        sending.send(
            ref,
            version(ifMatch),
            date(b.sentOn(), "sentOn"),
            Boolean.TRUE.equals(b.acknowledgeIncomplete()),
            actor());
    return new SentResult(
        b.sentOn(),
        lacked.stream().map(m -> new MissingView(m.section(), m.field(), m.message())).toList(),
        drafts.response(ref).preview().allTables().stream()
            .flatMap(t -> t.totalsWarnings().stream())
            .toList());
  }

  @POST
  @Idempotent
  @Path("publish")
  @Operation(
      summary = "Publish the sent response to the disclosure log",
      description =
          "Refused when the requester's name, contact details or address appear anywhere in it.")
  public Published publish(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, PublishBody body) {
    String slug = publishing.publish(ref, version(ifMatch), required(body).slug(), actor());
    return new Published(slug, "/api/cases/" + slug);
  }

  @POST
  @Idempotent
  @Path("withhold")
  @Operation(summary = "Keep the sent response out of the disclosure log, with the reason")
  public Response withhold(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, ReasonBody body) {
    publishing.withhold(ref, version(ifMatch), required(body).reason(), actor());
    return Response.noContent().build();
  }

  @POST
  @Idempotent
  @Path("corrections")
  @Operation(
      summary = "Publish a correction as a new version",
      description = "The public page shows the version, the date and the history.")
  public Map<String, Integer> correct(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, ReasonBody body) {
    return Map.of(
        "version", publishing.correct(ref, version(ifMatch), required(body).reason(), actor()));
  }

  @POST
  @Idempotent
  @Path("review")
  @Operation(summary = "Record a request for internal review")
  public ReviewView requestReview(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      ReviewRequestBody body) {
    reviews.requestReview(
        ref, version(ifMatch), date(required(body).requestedOn(), "requestedOn"), actor());
    return drafts.response(ref).review();
  }

  @PUT
  @Idempotent
  @Path("review")
  @Operation(
      summary = "Record the outcome of the internal review",
      description = "outcome: UPHELD, PARTLY_OVERTURNED or OVERTURNED.")
  public ReviewView decideReview(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      ReviewDecisionBody body) {
    ReviewDecisionBody b = required(body);
    reviews.decideReview(
        ref,
        version(ifMatch),
        b.reviewer(),
        b.outcome(),
        b.reasons(),
        date(b.decidedOn(), "decidedOn"),
        actor());
    return drafts.response(ref).review();
  }

  private static TablePreview preview(
      List<List<String>> grid, TableDraft.Layout layout, String field) {
    TableDraft draft = TableDraft.read(grid, layout, field);
    return new TablePreview(
        draft.toView(1), draft.notHeldCells(), draft.suppressedCells(), draft.totalsWarnings());
  }

  private static TableDraft.Layout layout(TableBody b) {
    return ComposeForms.tableLayout(
        b.caption(),
        b.headerRows() == null ? 1 : b.headerRows(),
        Boolean.TRUE.equals(b.notHeldConfirmed()),
        b.blankMeans(),
        b.dashMeans(),
        b.totalRows() == null
            ? null
            : new TreeSet<>(b.totalRows().stream().filter(Objects::nonNull).toList()),
        b.totalColumns() == null
            ? null
            : b.totalColumns().isEmpty()
                ? new TreeSet<>()
                : TableDraft.columnList(String.join(",", b.totalColumns()), "totalColumns"),
        b.note());
  }

  static LocalDate date(String iso, String field) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(iso.strip());
    } catch (DateTimeParseException e) {
      throw ValidationProblem.of(field, "Enter the date as YYYY-MM-DD, for example 2025-03-31");
    }
  }

  /**
   * The request's version from {@code If-Match} (the {@code version} of {@code GET
   * /api/requests/{ref}}, quoted or not): a write made from an older version is refused with 409.
   * Null without the header: not checked.
   */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      throw ValidationProblem.of(
          "If-Match", "If-Match must be the request's version, as a number, such as \"3\"");
    }
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw ValidationProblem.of("body", "Send a JSON object");
    }
    return body;
  }
}
