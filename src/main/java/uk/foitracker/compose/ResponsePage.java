package uk.foitracker.compose;

import static uk.foitracker.compose.ComposeForms.costLines;
import static uk.foitracker.compose.ComposeForms.costRows;
import static uk.foitracker.compose.ComposeForms.date;
import static uk.foitracker.compose.ComposeForms.dateTyped;
import static uk.foitracker.compose.ComposeForms.headerRowsOf;
import static uk.foitracker.compose.ComposeForms.numbers;
import static uk.foitracker.compose.ComposeForms.paragraphs;
import static uk.foitracker.compose.ComposeForms.typed;
import static uk.foitracker.compose.ComposeForms.version;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.answer.TableDraft;
import uk.foitracker.compose.ComposePages.Attempt;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationGroupInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.internalreview.ReviewDecisionInput;
import uk.foitracker.publication.Publishing;
import uk.foitracker.request.StaleRequestException;
import uk.foitracker.web.DateField;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.PdfResponses;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's pages to compose a response under its request: answers, tables, citations, cost,
 * notice; then send, publish or withhold, correct, review. Each POST parses the form, calls one
 * service verb and redirects (POST/redirect/GET); refused input shows the page again with the error
 * summary, the inline errors and what was typed (400), and nothing is saved.
 */
@Path("/officer/requests/{ref}/response")
@Produces(MediaType.TEXT_HTML)
public class ResponsePage {
  /** The value of {@code check} that shows the release check on the compose page. */
  static final String RELEASE = "release";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance compose(
        ComposePage page, List<ComposeTasks.Task> tasks, String banner);

    static native TemplateInstance section(
        ComposePage page, String section, String title, String banner, boolean releaseShown);

    static native TemplateInstance done(ComposePage page, String what);

    static native TemplateInstance table(TableForm form);
  }

  @Inject Answers answers;
  @Inject Citations citations;
  @Inject CostAssessments costs;
  @Inject Notices notices;
  @Inject Sending sending;
  @Inject Publishing publishing;
  @Inject InternalReviews reviews;
  @Inject ResponseDrafts drafts;
  @Inject ResponseLetters letters;
  @Inject ComposePages pages;
  @Inject SecurityIdentity identity;

  /** The task list: one task a section, each with its status worked out from what is recorded. */
  @GET
  public TemplateInstance show(@PathParam("ref") String ref, @QueryParam("done") String done) {
    ComposePage page = pages.page(ref, null);
    return Templates.compose(page, ComposeTasks.of(page), ComposeBanners.message(done));
  }

  @GET
  @Path("questions")
  public TemplateInstance questionsPage(
      @PathParam("ref") String ref, @QueryParam("done") String done) {
    return section(ref, ComposeSection.QUESTIONS, done, false);
  }

  @GET
  @Path("answers")
  public TemplateInstance answersPage(
      @PathParam("ref") String ref, @QueryParam("done") String done) {
    return section(ref, ComposeSection.ANSWERS, done, false);
  }

  @GET
  @Path("citations")
  public TemplateInstance citationsPage(
      @PathParam("ref") String ref, @QueryParam("done") String done) {
    return section(ref, ComposeSection.CITATIONS, done, false);
  }

  @GET
  @Path("cost")
  public TemplateInstance costPage(@PathParam("ref") String ref, @QueryParam("done") String done) {
    return section(ref, ComposeSection.COST, done, false);
  }

  @GET
  @Path("notice")
  public TemplateInstance noticePage(
      @PathParam("ref") String ref, @QueryParam("done") String done) {
    return section(ref, ComposeSection.NOTICE, done, false);
  }

  /**
   * Check your answers before sending, with the send form. The release check (issue 21) reads every
   * field, table and attachment, so it runs when the officer asks for it ({@code ?check=release})
   * and at sending and publishing, not on every view: run on each render it made the page slow on a
   * long response.
   */
  @GET
  @Path("send")
  public TemplateInstance sendPage(
      @PathParam("ref") String ref,
      @QueryParam("done") String done,
      @QueryParam("check") String check) {
    return section(ref, ComposeSection.SEND, done, RELEASE.equals(check));
  }

  /** Check your answers before publishing, with the publish, withhold and correction forms. */
  @GET
  @Path("publish")
  public TemplateInstance publishPage(
      @PathParam("ref") String ref,
      @QueryParam("done") String done,
      @QueryParam("check") String check) {
    return section(ref, ComposeSection.PUBLISH, done, RELEASE.equals(check));
  }

  @GET
  @Path("review")
  public TemplateInstance reviewPage(
      @PathParam("ref") String ref, @QueryParam("done") String done) {
    return section(ref, ComposeSection.REVIEW, done, false);
  }

  /** The confirmation after sending: what happened and what to do next. */
  @GET
  @Path("sent")
  public TemplateInstance sent(@PathParam("ref") String ref) {
    return Templates.done(pages.page(ref, null), "sent");
  }

  /** The confirmation after publishing (or publishing a correction). */
  @GET
  @Path("published")
  public TemplateInstance published(@PathParam("ref") String ref, @QueryParam("done") String done) {
    return Templates.done(
        pages.page(ref, null), "corrected".equals(done) ? "corrected" : "published");
  }

  private TemplateInstance section(
      String ref, ComposeSection section, String done, boolean releaseShown) {
    return Templates.section(
        pages.page(ref, null),
        section.path(),
        section.title(),
        ComposeBanners.message(done),
        releaseShown);
  }

  @GET
  @Path("letter")
  public TemplateInstance letter(@PathParam("ref") String ref) {
    return letters.html(drafts.letter(ref));
  }

  @GET
  @Path("letter.pdf")
  @Produces("application/pdf")
  public Response letterPdf(@PathParam("ref") String ref) {
    return PdfResponses.inline(letters.pdf(drafts.letter(ref)), "response-" + ref);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/{number}/outcome")
  public Response outcome(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("number") int number,
      @RestForm String outcome) {
    return act(
        ref,
        "q" + number,
        typed("outcome", outcome),
        "questions?done=outcome#question-" + number,
        () -> answers.setOutcome(ref, version(version), number, outcome, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers")
  public Response addAnswer(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm List<String> questions,
      @RestForm String paragraphs,
      @RestForm String confirm) {
    return saveAnswer(ref, version, null, questions, paragraphs, confirm);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers/{position}")
  public Response changeAnswer(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("position") int position,
      @RestForm List<String> questions,
      @RestForm String paragraphs,
      @RestForm String confirm) {
    return saveAnswer(ref, version, position, questions, paragraphs, confirm);
  }

  /**
   * Saves an answer. Moving a question from another unsent answer is a confirm step: the form comes
   * back (409) with the questions that would move and a box to tick, keeping what was typed.
   */
  private Response saveAnswer(
      String ref,
      String version,
      Integer position,
      List<String> questions,
      String paragraphs,
      String confirm) {
    Map<String, List<String>> typed = typed("paragraphs", paragraphs);
    typed.put("questions", questions == null ? List.of() : questions);
    String form = position == null ? "answer-new" : "answer-" + position;
    return act(
        ref,
        form,
        typed,
        "answers?done=answer#answers",
        () ->
            answers.saveAnswer(
                ref,
                version(version),
                position,
                new AnswerInput(
                    numbers(questions, "questions"), paragraphs(paragraphs), "yes".equals(confirm)),
                actor()));
  }

  @GET
  @Path("answers/{position}/tables/new")
  public TemplateInstance newTable(
      @PathParam("ref") String ref, @PathParam("position") int position) {
    return Templates.table(pages.newTable(ref, position));
  }

  /**
   * The table form (multipart: the cells pasted, or a CSV/XLSX file). "preview" reads the cells and
   * shows the table as it will be published, with the cells of an uploaded file put in the cells
   * box so the next step carries them; "save" adds the confirmed table. Nothing is saved on error.
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Path("answers/{position}/tables")
  public Response table(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("position") int position,
      @RestForm String action,
      @RestForm String caption,
      @RestForm String headerRows,
      @RestForm String cells,
      @RestForm String notHeldConfirmed,
      @RestForm("file") FileUpload file,
      @RestForm String blankMeans,
      @RestForm String dashMeans,
      @RestForm String totalRows,
      @RestForm String totalColumns,
      @RestForm String note,
      @RestForm String countsPeople,
      @RestForm String reason) {
    boolean confirmed = "yes".equals(notHeldConfirmed);
    boolean people = "yes".equals(countsPeople);
    TableForm typed =
        new TableForm(
            ref,
            version,
            position,
            caption,
            headerRows,
            cells == null ? "" : cells,
            confirmed,
            null,
            0,
            0,
            FormErrors.NONE,
            blankMeans,
            dashMeans,
            totalRows,
            totalColumns,
            note,
            people,
            pages.newTable(ref, position).sent(),
            reason);
    try {
      ComposeForms.Grid grid = ComposeForms.grid(file, cells);
      typed = typed.withCells(grid.shown());
      TableDraft.Layout layout =
          ComposeForms.tableLayout(
              caption,
              headerRowsOf(headerRows),
              confirmed,
              blankMeans,
              dashMeans,
              TableDraft.rowList(totalRows, "totalRows"),
              TableDraft.columnList(totalColumns, "totalColumns"),
              note,
              people);
      if ("save".equals(action)) {
        int table =
            answers.addTable(
                ref, version(version), position, grid.cells(), layout, "cells", reason, actor());
        return seeOther(ref, "answers?done=table#answer-" + position + "-table-" + table);
      }
      return Response.ok(
              Templates.table(typed.previewing(TableDraft.read(grid.cells(), layout, "cells"))))
          .build();
    } catch (ValidationProblem | StaleRequestException e) {
      return Response.status(e instanceof StaleRequestException ? 409 : 400)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(Templates.table(typed.refusedBy(e)))
          .build();
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers/{position}/tables/{table}/remove")
  public Response removeTable(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("position") int position,
      @PathParam("table") int table) {
    return act(
        ref,
        "answer-" + position,
        Map.of(),
        "answers?done=table-removed#answers",
        () -> answers.removeTable(ref, version(version), position, table, actor()));
  }

  /** The note under a table (a caveat, a key for "-" or "<5"): set, changed or removed. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers/{position}/tables/{table}/note")
  public Response tableNote(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("position") int position,
      @PathParam("table") int table,
      @RestForm String note) {
    return act(
        ref,
        "answer-" + position + "-table-" + table + "-note",
        typed("note", note),
        "answers?done=note#answer-" + position + "-table-" + table,
        () -> answers.setTableNote(ref, version(version), position, table, note, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/{number}/citations")
  public Response cite(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("number") int number,
      @RestForm String provision,
      @RestForm String reasons,
      @RestForm String publicInterestFor,
      @RestForm String publicInterestAgainst,
      @RestForm String publicInterestConclusion) {
    Map<String, List<String>> typed = typed("provision", provision);
    typed.putAll(typed("reasons", reasons));
    typed.putAll(typed("publicInterestFor", publicInterestFor));
    typed.putAll(typed("publicInterestAgainst", publicInterestAgainst));
    typed.putAll(typed("publicInterestConclusion", publicInterestConclusion));
    return act(
        ref,
        "cite-" + number,
        typed,
        "citations?done=cited#question-" + number + "-citing",
        () ->
            citations.cite(
                ref,
                version(version),
                number,
                new CitationInput(
                    provision,
                    reasons,
                    publicInterestFor,
                    publicInterestAgainst,
                    publicInterestConclusion),
                actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/{number}/citations/{position}/remove")
  public Response uncite(
      @PathParam("ref") String ref,
      @RestForm String version,
      @PathParam("number") int number,
      @PathParam("position") int position) {
    return act(
        ref,
        "cite-" + number,
        Map.of(),
        "citations?done=uncited#question-" + number + "-citing",
        () -> citations.removeCitation(ref, version(version), number, position, actor()));
  }

  /**
   * One citation for the questions ticked: the provision, its reasons, the public interest test of
   * a qualified exemption and the precedents, one reference a line.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("citations")
  public Response citeFor(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm String provision,
      @RestForm List<String> questions,
      @RestForm String reasons,
      @RestForm String publicInterestFor,
      @RestForm String publicInterestAgainst,
      @RestForm String publicInterestConclusion,
      @RestForm String precedents) {
    Map<String, List<String>> typed = typed("provision", provision);
    typed.put("questions", questions == null ? List.of() : questions);
    typed.putAll(typed("reasons", reasons));
    typed.putAll(typed("publicInterestFor", publicInterestFor));
    typed.putAll(typed("publicInterestAgainst", publicInterestAgainst));
    typed.putAll(typed("publicInterestConclusion", publicInterestConclusion));
    typed.putAll(typed("precedents", precedents));
    return act(
        ref,
        "cite",
        typed,
        "citations?done=cited#citations",
        () ->
            citations.citeFor(
                ref,
                version(version),
                new CitationGroupInput(
                    provision,
                    numbers(questions, "questions"),
                    null,
                    reasons,
                    null,
                    precedents == null ? List.of() : List.of(precedents.split("\\R")),
                    publicInterestFor,
                    publicInterestAgainst,
                    publicInterestConclusion),
                actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("citations/{position}/remove")
  public Response unciteFor(
      @PathParam("ref") String ref, @RestForm String version, @PathParam("position") int position) {
    return act(
        ref,
        "cite",
        Map.of(),
        "citations?done=uncited#citations",
        () -> citations.removeCitationFor(ref, version(version), position, actor()));
  }

  /**
   * The s.12 assessment: line fields repeat in order (activity, basis, minutes); blank lines are
   * dropped.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("cost")
  public Response cost(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm List<String> questions,
      @RestForm List<String> activity,
      @RestForm List<String> basis,
      @RestForm List<String> minutes,
      @RestForm List<String> units,
      @RestForm List<String> minutesEachMin,
      @RestForm List<String> minutesEachMax,
      @RestForm String statedHours,
      @RestForm String statement,
      @RestForm String advice) {
    Map<String, List<String>> typed = typed("statement", statement);
    typed.putAll(typed("advice", advice));
    typed.putAll(typed("statedHours", statedHours));
    typed.put("questions", questions == null ? List.of() : questions);
    List<String[]> kept =
        costRows(activity, basis, minutes, units, minutesEachMin, minutesEachMax, typed);
    return act(
        ref,
        "cost",
        typed,
        "cost?done=cost#cost",
        () ->
            costs.assessCost(
                ref,
                version(version),
                new CostInput(
                    null,
                    null,
                    numbers(questions, "questions"),
                    statement,
                    advice,
                    costLines(kept),
                    List.of(),
                    ComposeForms.statedHours(statedHours)),
                actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("notice")
  public Response notice(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm String reviewProcedure,
      @RestForm String complaintRights) {
    Map<String, List<String>> typed = typed("reviewProcedure", reviewProcedure);
    typed.putAll(typed("complaintRights", complaintRights));
    return act(
        ref,
        "notice",
        typed,
        "notice?done=notice#notice",
        () -> notices.setNotice(ref, version(version), reviewProcedure, complaintRights, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("send")
  public Response send(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm("sentOn-day") String day,
      @RestForm("sentOn-month") String month,
      @RestForm("sentOn-year") String year,
      @RestForm String acknowledgeIncomplete,
      @RestForm String moreToFollow) {
    Map<String, List<String>> typed = dateTyped("sentOn", day, month, year);
    typed.putAll(typed("acknowledgeIncomplete", acknowledgeIncomplete));
    typed.putAll(typed("moreToFollow", moreToFollow));
    return act(
        ref,
        "send",
        typed,
        "sent",
        () ->
            sending.send(
                ref,
                version(version),
                date(
                    day,
                    month,
                    year,
                    "sentOn",
                    "Date sent",
                    "Enter the date the response was sent"),
                "yes".equals(acknowledgeIncomplete),
                "yes".equals(moreToFollow),
                actor()));
  }

  /** The licence and attribution statements printed and published with the response. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("licence")
  public Response licence(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm String licenceStatement,
      @RestForm String attributionStatement) {
    Map<String, List<String>> typed = typed("licenceStatement", licenceStatement);
    typed.putAll(typed("attributionStatement", attributionStatement));
    return act(
        ref,
        "licence",
        typed,
        "notice?done=licence#licence",
        () ->
            notices.setLicence(
                ref, version(version), licenceStatement, attributionStatement, true, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("publish")
  public Response publish(
      @PathParam("ref") String ref, @RestForm String version, @RestForm String slug) {
    return act(
        ref,
        "publish",
        typed("slug", slug),
        "published",
        () -> publishing.publish(ref, version(version), slug, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("withhold")
  public Response withhold(
      @PathParam("ref") String ref, @RestForm String version, @RestForm String reason) {
    return act(
        ref,
        "withhold",
        typed("reason", reason),
        "publish?done=withheld#publication",
        () -> publishing.withhold(ref, version(version), reason, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("corrections")
  public Response correct(
      @PathParam("ref") String ref, @RestForm String version, @RestForm String reason) {
    return act(
        ref,
        "correct",
        typed("reason", reason),
        "published?done=corrected",
        () -> publishing.correct(ref, version(version), reason, actor()));
  }

  /** Marks one release-check hit as not personal data, with the reason (audited). */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("release-check/not-personal")
  public Response markNotPersonal(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm String key,
      @RestForm String reason) {
    Map<String, List<String>> typed = typed("reason", reason);
    typed.putAll(typed("key", key));
    return act(
        ref,
        "notPersonal",
        typed,
        checkSection(pages.page(ref, null)).path()
            + "?check="
            + RELEASE
            + "&done=not-personal#release-check",
        () -> publishing.markNotPersonal(ref, version(version), key, reason, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("review")
  public Response requestReview(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm("requestedOn-day") String day,
      @RestForm("requestedOn-month") String month,
      @RestForm("requestedOn-year") String year,
      @RestForm("acknowledgedOn-day") String ackDay,
      @RestForm("acknowledgedOn-month") String ackMonth,
      @RestForm("acknowledgedOn-year") String ackYear,
      @RestForm("statedDueOn-day") String dueDay,
      @RestForm("statedDueOn-month") String dueMonth,
      @RestForm("statedDueOn-year") String dueYear) {
    Map<String, List<String>> typed = dateTyped("requestedOn", day, month, year);
    typed.putAll(dateTyped("acknowledgedOn", ackDay, ackMonth, ackYear));
    typed.putAll(dateTyped("statedDueOn", dueDay, dueMonth, dueYear));
    return act(
        ref,
        "review",
        typed,
        "review?done=review#review",
        () ->
            reviews.requestReview(
                ref,
                version(version),
                date(
                    day,
                    month,
                    year,
                    "requestedOn",
                    "Date asked for",
                    "Enter the date the review was asked for"),
                optionalDate(ackDay, ackMonth, ackYear, "acknowledgedOn", "Date acknowledged"),
                optionalDate(dueDay, dueMonth, dueYear, "statedDueOn", "Due date stated"),
                actor()));
  }

  private static LocalDate optionalDate(
      String day, String month, String year, String field, String name) {
    if (isBlank(day) && isBlank(month) && isBlank(year)) {
      return null;
    }
    return date(day, month, year, field, name, "Enter the " + name.toLowerCase(Locale.ROOT));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("review/decision")
  public Response decideReview(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm String reviewer,
      @RestForm String outcome,
      @RestForm String reasons,
      @RestForm("decidedOn-day") String day,
      @RestForm("decidedOn-month") String month,
      @RestForm("decidedOn-year") String year,
      @RestForm List<String> decisionQuestion,
      @RestForm List<String> decisionOutcome,
      @RestForm String releaseAnswers) {
    Map<String, List<String>> typed = dateTyped("decidedOn", day, month, year);
    typed.putAll(typed("reviewer", reviewer));
    typed.putAll(typed("outcome", outcome));
    typed.putAll(typed("reasons", reasons));
    typed.putAll(typed("releaseAnswers", releaseAnswers));
    List<ReviewDecisionInput.QuestionDecision> decisions =
        ComposeForms.reviewDecisions(decisionQuestion, decisionOutcome, typed);
    return act(
        ref,
        "decide",
        typed,
        "review?done=decision#review",
        () -> {
          DateField.Result d =
              new DateField(day, month, year)
                  .parse("Date of the decision", "Enter the date of the decision");
          sending.decideReview(
              ref,
              version(version),
              null,
              new ReviewDecisionInput(reviewer, outcome, reasons, d.date().orElse(null), decisions),
              "yes".equals(releaseAnswers),
              actor());
        });
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Runs one service verb: redirects (303) to the form's section page with its success banner, or
   * shows the section again with the error summary when refused.
   */
  private Response act(
      String ref, String form, Map<String, List<String>> typed, String target, Runnable verb) {
    try {
      verb.run();
      return seeOther(ref, target);
    } catch (ValidationProblem e) {
      return again(ref, 400, new Attempt(form, typed, e.errors()));
    } catch (ReassignmentProblem e) {
      // the confirm step: the questions that would move, and a box to tick
      return again(ref, 409, new Attempt(form, typed, List.of(e.asFieldError())));
    } catch (StaleRequestException e) {
      // someone else saved a change to the request at the same moment
      List<FieldError> stale = List.of(new FieldError("version", StaleRequestException.MESSAGE));
      return again(ref, 409, new Attempt(form, typed, stale));
    }
  }

  private Response again(String ref, int status, Attempt attempt) {
    ComposePage page = pages.page(ref, attempt);
    boolean release = "notPersonal".equals(attempt.form());
    ComposeSection section = release ? checkSection(page) : ComposeSection.of(attempt.form());
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.section(page, section.path(), section.title(), null, release))
        .build();
  }

  /** The check-your-answers page the release check runs on: sending, or publishing once sent. */
  private static ComposeSection checkSection(ComposePage page) {
    return page.canSend() ? ComposeSection.SEND : ComposeSection.PUBLISH;
  }

  /** 303 to a compose page: {@code target} follows ".../response/" (a section, query, fragment). */
  private static Response seeOther(String ref, String target) {
    return Response.seeOther(URI.create("/officer/requests/" + ref + "/response/" + target))
        .build();
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
