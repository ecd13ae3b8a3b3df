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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.answer.TableGrids;
import uk.foitracker.answer.TableView;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationGroupInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.idempotency.Idempotent;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.internalreview.ReviewDecisionInput;
import uk.foitracker.publication.CaseView;
import uk.foitracker.publication.Publishing;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.NoticeCompleteness;
import uk.foitracker.web.NotFoundProblem;
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
   * (lettered as in a spreadsheet), found by their labels when absent; the note under the table;
   * countsPeople true when the table counts people (children, staff, victims), not events: only
   * such tables are checked for small numbers that may identify someone (FOIA s.40(2)); reason is
   * required once the answer has been sent (the change is then a correction, audited and, for a
   * published case, published at once as a new version with the reason).
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
      String note,
      Boolean countsPeople,
      String reason) {}

  /** The table as it would be published; totalsWarnings: each stated total that does not add up. */
  public record TablePreview(
      TableView table, int notHeldCells, int suppressedCells, List<String> totalsWarnings) {}

  /**
   * A CSV or XLSX file in base64, with the layout (as {@link TableBody}); confirm=true saves it;
   * reason as in {@link TableBody}.
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
      String note,
      Boolean countsPeople,
      String reason) {}

  /**
   * The note under a table (a caveat, a key for "-" or "<5"); blank removes it. reason is required
   * once the answer has been sent.
   */
  public record TableNoteBody(String note, String reason) {}

  public record NoticeBody(String reviewProcedure, String complaintRights) {}

  /** attributionStatement absent (null) leaves the stored one as it is; "" clears it. */
  public record LicenceBody(String licenceStatement, String attributionStatement) {}

  /**
   * The estimate's totals. With ranges, totalMinutes and computedHours are at the low end and
   * totalMinutesMax and computedHoursMax at the high end; statedHours is what the authority stated
   * (null when it did not), with a warning when it does not follow from the lines.
   */
  public record CostResult(
      int totalMinutes,
      String hoursText,
      long costPence,
      boolean exceedsLimit,
      int limitHours,
      int totalMinutesMax,
      BigDecimal computedHours,
      BigDecimal computedHoursMax,
      BigDecimal statedHours,
      String statedHoursWarning) {}

  /**
   * moreToFollow: this instalment is not the whole response, so it does not stop the clock.
   * alreadySent: the response already left the authority (a past letter entered as it was sent), so
   * the release check does not refuse recording it; publishing still runs it.
   */
  public record SendBody(
      String sentOn, Boolean acknowledgeIncomplete, Boolean moreToFollow, Boolean alreadySent) {}

  /** totalsWarnings: each stated total of the response's tables that does not add up. */
  public record SentResult(
      String sentOn,
      List<MissingView> noticeLacked,
      Integer instalment,
      List<String> totalsWarnings) {}

  public record PublishBody(String slug) {}

  public record Published(String slug, String href) {}

  public record ReasonBody(String reason) {}

  public record ReviewRequestBody(String requestedOn, String acknowledgedOn, String statedDueOn) {}

  /**
   * A review's decision: outcome UPHELD, PARTLY_OVERTURNED (or PARTLY_UPHELD) or OVERTURNED, or
   * blank to derive it from questions (each {number, outcome}); releaseAnswers sends the answers
   * not yet sent as an instalment released at this review, dated decidedOn; outcomeNotStated
   * records a past decision whose letter states no outcome (refused with an outcome given).
   */
  public record ReviewDecisionBody(
      String reviewer,
      String outcome,
      String reasons,
      String decidedOn,
      List<ReviewDecisionInput.QuestionDecision> questions,
      Boolean releaseAnswers,
      Boolean outcomeNotStated) {}

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
              + " notHeldConfirmed=true unless dashMeans or blankMeans says so. Once the answer"
              + " has been sent, reason is required: the new table is a correction, audited"
              + " (ANSWER_TABLES_CORRECTED) and published at once when the case is published.")
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
            b.reason(),
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
                b.note(),
                b.countsPeople(),
                b.reason()));
    if (Boolean.TRUE.equals(b.confirm())) {
      return Response.ok(
              new Position(
                  answers.addTable(
                      ref, version(ifMatch), position, grid, layout, "file", b.reason(), actor())))
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
    TableNoteBody b = required(body);
    answers.setTableNote(ref, version(ifMatch), position, table, b.note(), b.reason(), actor());
    return Response.noContent().build();
  }

  @DELETE
  @Idempotent
  @Path("answers/{position}/tables/{table}")
  @Operation(
      summary = "Remove a table from an answer",
      description =
          "Once the answer has been sent, the reason query parameter is required: the removal is"
              + " a correction (to replace a table, add the new one, then remove the old).")
  public Response removeTable(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position,
      @PathParam("table") int table,
      @QueryParam("reason") String reason) {
    answers.removeTable(ref, version(ifMatch), position, table, reason, actor());
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

  @POST
  @Idempotent
  @Path("citations")
  @Operation(
      summary = "Cite a provision once for several questions",
      description =
          "{provision (catalogue code, e.g. FOIA-43-2), questions [2,3,4,5], role (optional; must agree with the provision), reasons, publicInterest {for, against, conclusion} (required for a qualified exemption, refused for a provision with no public interest test), precedents [\"FS50123456\", \"IC-123456-A1B2\", \"EA/2019/0123\"], asSent (optional: true records a letter already sent as it stands, with no public interest test or no reasons where it gave none, for the review to find)}. Returns the citation's position within the request.")
  public Position citeFor(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      CitationGroupInput body) {
    return new Position(citations.citeFor(ref, version(ifMatch), required(body), actor()));
  }

  @DELETE
  @Idempotent
  @Path("citations/{position}")
  @Operation(summary = "Remove a citation from every question it covers")
  public Response unciteFor(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("position") int position) {
    citations.removeCitationFor(ref, version(ifMatch), position, actor());
    return Response.noContent().build();
  }

  @PUT
  @Idempotent
  @Path("cost-assessment")
  @Operation(
      summary = "Record the cost assessment (FOIA s.12; EIR reg 12(4)(b))",
      description =
          "Lines for DETERMINING, LOCATING, RETRIEVING, EXTRACTING only; others (REDACTING, CONSIDERING_EXEMPTIONS...) are refused with the reason. A line gives minutes, or units with minutesEachMin (and minutesEachMax for a range such as 2-5 minutes a record). statedHours: the hours the authority stated, kept beside the computed ones. related: requests to aggregate (reg 5).")
  public CostResult cost(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, CostInput body) {
    CostEstimate.Result r = costs.assessCost(ref, version(ifMatch), required(body), actor());
    Optional<CostEstimate.StatedCheck> stated = CostEstimate.checkStated(r, body.statedHours());
    return new CostResult(
        r.totalMinutes(),
        r.hoursText(),
        r.costPence(),
        r.exceedsLimit(),
        r.limit().hours(),
        r.totalMinutesMax(),
        r.computedHours(),
        r.computedHoursMax(),
        body.statedHours(),
        stated.map(CostEstimate.StatedCheck::warning).orElse(null));
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
    LicenceBody b = required(body);
    notices.setLicence(
        ref,
        version(ifMatch),
        b.licenceStatement(),
        b.attributionStatement(),
        b.attributionStatement() != null,
        actor());
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
          "Sends the answers not yet sent as the next instalment (1, 2, ...). The instalment that leaves no question open stops the clock, unless moreToFollow is true; then it is refused while the refusal notice is incomplete unless acknowledgeIncomplete is true. Once sent, send again to send new answers as a further instalment. alreadySent=true records a response that already left the authority (a past letter entered as it was sent): the release check does not refuse it (publishing still runs it) and the audit trail says so.")
  public SentResult send(
      @PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, SendBody body) {
    SendBody b = required(body);
    List<NoticeCompleteness.Missing> lacked =
        sending.send(
            ref,
            version(ifMatch),
            date(b.sentOn(), "sentOn"),
            Boolean.TRUE.equals(b.acknowledgeIncomplete()),
            Boolean.TRUE.equals(b.moreToFollow()),
            Boolean.TRUE.equals(b.alreadySent()),
            actor());
    List<CaseView.InstalmentView> sent = drafts.response(ref).preview().instalmentList();
    return new SentResult(
        b.sentOn(),
        lacked.stream().map(m -> new MissingView(m.section(), m.field(), m.message())).toList(),
        sent.isEmpty() ? null : sent.get(sent.size() - 1).number(),
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
          "Refused when the requester's name, contact details or address appear anywhere in it,"
              + " in any form (look-alike letters, soft hyphens, part of a name, an e-mail's user"
              + " name), or anyone's e-mail, mobile number, NI number, home address or date of"
              + " birth: each hit is listed with the text around it, the data masked.")
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
      description =
          "The public page shows the version, the date and the history. Refused, like"
              + " publishing, when the response or the reason holds personal data.")
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
    ReviewRequestBody b = required(body);
    reviews.requestReview(
        ref,
        version(ifMatch),
        date(b.requestedOn(), "requestedOn"),
        date(b.acknowledgedOn(), "acknowledgedOn"),
        date(b.statedDueOn(), "statedDueOn"),
        actor());
    return drafts.response(ref).review();
  }

  @PUT
  @Idempotent
  @Path("review")
  @Operation(
      summary = "Record the outcome of the internal review",
      description =
          "Acts on the latest review. outcome: UPHELD, PARTLY_OVERTURNED or OVERTURNED; questions and releaseAnswers as for PUT reviews/{number}.")
  public ReviewView decideReview(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      ReviewDecisionBody body) {
    return decide(ref, ifMatch, null, body);
  }

  @GET
  @Path("reviews")
  @Operation(summary = "Every internal review of the response, first first")
  public List<ReviewView> reviews(@PathParam("ref") String ref) {
    return drafts.response(ref).reviews();
  }

  @POST
  @Idempotent
  @Path("reviews")
  @Operation(
      summary = "Record a further request for internal review",
      description =
          "requestedOn; acknowledgedOn and statedDueOn (the due date the acknowledgement states) are optional. Refused while an earlier review is undecided.")
  public ReviewView addReview(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      ReviewRequestBody body) {
    ReviewRequestBody b = required(body);
    int number =
        reviews.requestReview(
            ref,
            version(ifMatch),
            date(b.requestedOn(), "requestedOn"),
            date(b.acknowledgedOn(), "acknowledgedOn"),
            date(b.statedDueOn(), "statedDueOn"),
            actor());
    return review(ref, number);
  }

  @PUT
  @Idempotent
  @Path("reviews/{number}")
  @Operation(
      summary = "Record the decision of internal review {number}",
      description =
          "reviewer, reasons (the decision text), decidedOn; questions: [{number, outcome}] with outcome UPHELD, PARTLY_OVERTURNED (or PARTLY_UPHELD) or OVERTURNED; outcome overall, derived from questions when blank. outcomeNotStated=true records a past decision as it was sent when its letter states no outcome: the date counts for timeliness, the outcome shows as not stated and is counted in no outcome's statistics. releaseAnswers=true sends the answers not yet sent as an instalment released at this review.")
  public ReviewView decideNumbered(
      @PathParam("ref") String ref,
      @HeaderParam("If-Match") String ifMatch,
      @PathParam("number") int number,
      ReviewDecisionBody body) {
    return decide(ref, ifMatch, number, body);
  }

  /** Decides review {@code number} (null: the latest) and returns it as it now stands. */
  private ReviewView decide(String ref, String ifMatch, Integer number, ReviewDecisionBody body) {
    ReviewDecisionBody b = required(body);
    int decided =
        sending.decideReview(
            ref,
            version(ifMatch),
            number,
            new ReviewDecisionInput(
                b.reviewer(),
                b.outcome(),
                b.reasons(),
                date(b.decidedOn(), "decidedOn"),
                b.questions(),
                Boolean.TRUE.equals(b.outcomeNotStated())),
            Boolean.TRUE.equals(b.releaseAnswers()),
            actor());
    return review(ref, decided);
  }

  private ReviewView review(String ref, int number) {
    return drafts.response(ref).reviews().stream()
        .filter(r -> r.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFoundProblem("The request has no internal review " + number));
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
        b.note(),
        Boolean.TRUE.equals(b.countsPeople()));
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
