package uk.foitracker.compose;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BadRequestException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import uk.foitracker.request.StaleRequestException;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's corrections page (issue 20): reword, split, merge and renumber the questions, and
 * once the response has been sent correct an answer, a table cell or a citation's reasons, with the
 * reason. One small form per action; each posts, redirects and shows a success banner, or shows the
 * page again with a GOV.UK error summary (400, or 409 when someone changed the request first).
 * Nothing is saved half-way.
 */
@Path("/officer/requests/{ref}/corrections")
@Produces(MediaType.TEXT_HTML)
public class CorrectionsPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance page(CorrectionsView page);
  }

  /** The success banners, by the key the redirect carries (never text from the request). */
  static final Map<String, String> DONE =
      Map.of(
          "question-reworded", "Question reworded",
          "question-split", "Question split into two",
          "questions-merged", "Questions merged",
          "questions-renumbered", "Questions renumbered",
          "answer-corrected", "Answer corrected",
          "cell-corrected", "Table corrected",
          "table-removed", "Table removed",
          "citation-corrected", "Citation corrected");

  private final QuestionEdits questions;
  private final Corrections corrections;
  private final Answers answers;
  private final CorrectionViews views;
  private final SecurityIdentity identity;

  CorrectionsPage(
      QuestionEdits questions,
      Corrections corrections,
      Answers answers,
      CorrectionViews views,
      SecurityIdentity identity) {
    this.questions = questions;
    this.corrections = corrections;
    this.answers = answers;
    this.views = views;
    this.identity = identity;
  }

  @GET
  public TemplateInstance show(
      @PathParam("ref") String ref,
      @QueryParam("done") String done,
      @QueryParam("published") Integer published) {
    String banner = done == null ? null : DONE.get(done);
    if (banner != null && published != null && published > 0) {
      banner += ": the correction is published as version " + published;
    }
    return Templates.page(views.page(ref, banner, null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/{number}/reword")
  public Response reword(
      @PathParam("ref") String ref,
      @PathParam("number") int number,
      @RestForm String version,
      @RestForm String text,
      @RestForm String reason) {
    return act(
        ref,
        "reword-" + number,
        typed("text", text, "reason", reason),
        "question-reworded",
        () ->
            questions
                .reword(ref, version(version), number, text, reason, actor())
                .publishedVersion());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/{number}/split")
  public Response split(
      @PathParam("ref") String ref,
      @PathParam("number") int number,
      @RestForm String version,
      @RestForm String first,
      @RestForm String second,
      @RestForm String reason) {
    return act(
        ref,
        "split-" + number,
        typed("first", first, "second", second, "reason", reason),
        "question-split",
        () -> {
          questions.split(ref, version(version), number, first, second, reason, actor());
          return null;
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/{number}/merge")
  public Response merge(
      @PathParam("ref") String ref,
      @PathParam("number") int number,
      @RestForm String version,
      @RestForm String text,
      @RestForm String reason) {
    return act(
        ref,
        "merge-" + number,
        typed("text", text, "reason", reason),
        "questions-merged",
        () -> {
          questions.merge(ref, version(version), number, text, reason, actor());
          return null;
        });
  }

  /** The renumber form: one field "number-N" per question N, its new number. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("questions/numbers")
  public Response renumber(
      @PathParam("ref") String ref,
      @RestForm String version,
      @RestForm List<String> from,
      @RestForm List<String> number,
      @RestForm String reason) {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    Map<Integer, Integer> numbers = new LinkedHashMap<>();
    List<FieldError> bad = new ArrayList<>();
    for (int i = 0; i < from.size(); i++) {
      String f = from.get(i);
      String n = i < number.size() ? number.get(i) : "";
      typed.put("number-" + f, List.of(n == null ? "" : n));
      try {
        int was = Integer.parseInt(f.strip());
        try {
          numbers.put(was, Integer.parseInt(n == null ? "" : n.strip()));
        } catch (NumberFormatException e) {
          bad.add(
              new FieldError(
                  "number-" + was,
                  "The new number of question " + was + " must be a whole number, like 3"));
        }
      } catch (NumberFormatException e) {
        throw new BadRequestException("The form names a question that is not a number");
      }
    }
    typed.put("reason", reason == null ? List.of() : List.of(reason));
    return act(
        ref,
        "renumber",
        typed,
        "questions-renumbered",
        () -> {
          if (!bad.isEmpty()) {
            throw new ValidationProblem(bad);
          }
          questions.renumber(ref, version(version), numbers, reason, actor());
          return null;
        });
  }

  /** The answer's words: paragraphs separated by a blank line. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers/{position}")
  public Response answer(
      @PathParam("ref") String ref,
      @PathParam("position") int position,
      @RestForm String version,
      @RestForm String paragraphs,
      @RestForm String reason) {
    return act(
        ref,
        "answer-" + position,
        typed("paragraphs", paragraphs, "reason", reason),
        "answer-corrected",
        () ->
            corrections
                .answer(ref, version(version), position, paragraphs(paragraphs), reason, actor())
                .publishedVersion());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers/{position}/tables/{table}/cell")
  public Response cell(
      @PathParam("ref") String ref,
      @PathParam("position") int position,
      @PathParam("table") int table,
      @RestForm String version,
      @RestForm String row,
      @RestForm String column,
      @RestForm String value,
      @RestForm String reason) {
    return act(
        ref,
        "cell-" + position + "-" + table,
        typed("row", row, "column", column, "value", value, "reason", reason),
        "cell-corrected",
        () -> {
          List<FieldError> errors = new ArrayList<>();
          int r = whole(row, "row", "Enter the row's number, counting from 1", errors);
          int c = whole(column, "column", "Enter the column's number, counting from 1", errors);
          if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
          }
          return corrections
              .tableCell(ref, version(version), position, table, r, c, value, reason, actor())
              .publishedVersion();
        });
  }

  /**
   * Removes a table sent wrong, with the reason (to replace it, add the right table first). The
   * answer's tables before and after are kept in the audit trail.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("answers/{position}/tables/{table}/removal")
  public Response removeTable(
      @PathParam("ref") String ref,
      @PathParam("position") int position,
      @PathParam("table") int table,
      @RestForm String version,
      @RestForm String reason) {
    return act(
        ref,
        "removal-" + position + "-" + table,
        typed("reason", reason),
        "table-removed",
        () -> {
          if (reason == null || reason.isBlank()) {
            // the service asks for a reason only once sent; this page is for sent answers
            throw ValidationProblem.of(
                "reason", "Enter the reason for removing the table: the response has been sent");
          }
          return answers.removeTable(ref, version(version), position, table, reason, actor());
        });
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("citations/{position}")
  public Response citation(
      @PathParam("ref") String ref,
      @PathParam("position") int position,
      @RestForm String version,
      @RestForm String reasons,
      @RestForm String reason) {
    return act(
        ref,
        "citation-" + position,
        typed("reasons", reasons, "reason", reason),
        "citation-corrected",
        () ->
            corrections
                .citationReasons(ref, version(version), position, reasons, reason, actor())
                .publishedVersion());
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs one correction: redirect with the banner's key, or the page again with the errors. */
  private Response act(
      String ref,
      String form,
      Map<String, List<String>> typed,
      String done,
      Supplier<Integer> action) {
    try {
      Integer published = action.get();
      return Response.seeOther(
              URI.create(
                  "/officer/requests/"
                      + ref
                      + "/corrections?done="
                      + done
                      + (published == null ? "" : "&published=" + published)))
          .build();
    } catch (ValidationProblem e) {
      return again(ref, 400, new CorrectionViews.Attempt(form, typed, e.errors()));
    } catch (StaleRequestException e) {
      return again(
          ref,
          409,
          new CorrectionViews.Attempt(
              form, typed, List.of(new FieldError("reason", StaleRequestException.MESSAGE))));
    }
  }

  private Response again(String ref, int status, CorrectionViews.Attempt attempt) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.page(views.page(ref, null, attempt)))
        .build();
  }

  private static Map<String, List<String>> typed(String... pairs) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1] == null ? List.of() : List.of(pairs[i + 1]));
    }
    return m;
  }

  static List<String> paragraphs(String text) {
    return text == null ? List.of() : Arrays.asList(text.replace("\r\n", "\n").split("\n\\s*\n"));
  }

  private static int whole(String value, String field, String missing, List<FieldError> errors) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, missing));
      return 0;
    }
  }

  private static Long version(String version) {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "The form is missing its version: reload the page and try again.");
    }
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
