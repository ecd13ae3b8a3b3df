package uk.foitracker.imports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.imports.ImportProposal.ProposedCitation;
import uk.foitracker.imports.ImportProposal.ProposedOutcome;
import uk.foitracker.imports.ImportProposal.ProposedQuestion;
import uk.foitracker.rules.Outcome;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's import of a past response: paste or upload a letter ({@code /officer/imports/new}),
 * then the proposal beside the letter with each element highlighted where it was read, editable, to
 * confirm into a request and draft response or to abandon. Post/redirect/get; a refused form shows
 * the GOV.UK error summary (400) and saves nothing.
 */
@Path("/officer/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

  /** The paste-or-upload form, echoed back when refused. */
  public record NewForm(String text, String regime) {
    public List<Option> regimes() {
      return Option.choose(
          List.of(
              Option.of("", "Work it out from the letter"),
              Option.of("FOIA", "Freedom of Information Act 2000"),
              Option.of("EIR", "Environmental Information Regulations 2004")),
          regime);
    }
  }

  /** A piece of the letter: highlighted when {@code element} is not null. */
  public record Piece(String text, String element, boolean sure) {}

  /** A question as the form shows it. */
  public record QuestionRow(int number, String text, List<Option> outcomes, boolean check) {
    public String id() {
      return "question-" + number;
    }

    public String label() {
      return "Question " + number;
    }

    public String outcomeId() {
      return "outcome-" + number;
    }

    public String outcomeLabel() {
      return "Outcome of question " + number;
    }
  }

  /** A citation as the form shows it. */
  public record CitationRow(int index, String provision, String questions, boolean check) {}

  /** The proposal page. */
  public record Shown(
      String id,
      ImportProposal proposal,
      List<Piece> letter,
      List<QuestionRow> questions,
      List<CitationRow> citations,
      String references,
      List<String> check,
      List<String> unread) {
    public List<Option> regimes() {
      return Option.choose(
          List.of(
              Option.of("FOIA", "Freedom of Information Act 2000"),
              Option.of("EIR", "Environmental Information Regulations 2004")),
          proposal.regime());
    }

    public boolean checks(String element) {
      return check.contains(element);
    }

    /** Whether the element "{kind} {name}" is for the officer to check. */
    public boolean checks(String kind, String name) {
      return check.contains(kind + " " + name);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance start(NewForm form, FormErrors errors);

    static native TemplateInstance proposal(Shown shown, FormErrors errors);
  }

  private final Imports imports;
  private final SecurityIdentity identity;

  private final AuthorityScope authorities;

  ImportPage(Imports imports, SecurityIdentity identity, AuthorityScope authorities) {
    this.authorities = authorities;
    this.imports = imports;
    this.identity = identity;
  }

  @GET
  @Path("new")
  public TemplateInstance start() {
    return Templates.start(new NewForm("", ""), FormErrors.NONE);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response read(
      @RestForm String text, @RestForm String regime, @RestForm("file") FileUpload file) {
    NewForm form = new NewForm(text == null ? "" : text, regime == null ? "" : regime);
    try {
      String letter = form.text();
      if (file != null && file.fileName() != null && !file.fileName().isBlank()) {
        if (!letter.isBlank()) {
          throw ValidationProblem.of("text", "Paste the letter or upload it, not both");
        }
        if (file.size() > LetterFiles.MAX_BYTES) {
          throw ValidationProblem.of("file", "The file must be 20 MB or smaller");
        }
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        letter = LetterFiles.text(file.fileName(), bytes);
      }
      ImportStore.Kept k = imports.propose(letter, form.regime(), null, actor());
      return Response.seeOther(URI.create("/officer/imports/" + k.id())).build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(Templates.start(form, FormErrors.of(p)))
          .build();
    }
  }

  @GET
  @Path("{id}")
  public Response show(@PathParam("id") String id) {
    ImportStore.Kept k = imports.get(id);
    return Response.ok(Templates.proposal(shown(k, k.reading().proposal()), FormErrors.NONE))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{id}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirm(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    ImportStore.Kept k = imports.get(id);
    ImportProposal corrected = corrected(k.reading().proposal(), form);
    authorities.choose(form.getFirst("authority"));
    try {
      Imports.Confirmed c = imports.confirm(id, corrected, form.getFirst("channel"), actor());
      return Response.seeOther(URI.create("/officer/requests/" + c.reference())).build();
    } catch (ValidationProblem p) {
      return Response.status(400)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(Templates.proposal(shown(k, corrected), FormErrors.of(p)))
          .build();
    }
  }

  @POST
  @Path("{id}/abandon")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response abandon(@PathParam("id") String id) {
    imports.abandon(id);
    return Response.seeOther(URI.create("/officer/imports/new")).build();
  }

  /** The proposal with the officer's corrections from the form. */
  static ImportProposal corrected(ImportProposal p, MultivaluedMap<String, String> form) {
    List<ProposedQuestion> questions = new ArrayList<>();
    List<ProposedOutcome> outcomes = new ArrayList<>();
    for (ProposedQuestion q : p.questions()) {
      String text = form.getFirst("question-" + q.number());
      if (text != null && text.isBlank()) {
        continue;
      }
      questions.add(new ProposedQuestion(q.number(), text == null ? q.text() : text.strip()));
      String outcome = form.getFirst("outcome-" + q.number());
      if (outcome != null && !outcome.isBlank()) {
        outcomes.add(new ProposedOutcome(q.number(), outcome));
      }
    }
    List<ProposedCitation> citations = new ArrayList<>();
    for (int i = 0; i < p.citations().size(); i++) {
      ProposedCitation c = p.citations().get(i);
      if (form.getFirst("citation-" + i + "-remove") != null) {
        continue;
      }
      citations.add(c);
    }
    String refs = form.getFirst("references");
    List<String> references =
        refs == null
            ? p.references()
            : List.of(refs.split("\\R")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    return new ImportProposal(
        value(form, "regime", p.regime()),
        references,
        value(form, "received", p.received()),
        value(form, "sent", p.sent()),
        value(form, "statedDue", p.statedDue()),
        questions,
        outcomes,
        p.tables(),
        citations,
        p.costs(),
        value(form, "summary", p.summary()),
        p.answers(),
        p.statedHours(),
        p.reviewProcedure(),
        p.complaintRights(),
        p.costStatement(),
        p.advice(),
        value(form, "acknowledged", p.acknowledged()),
        p.reviews(),
        p.clockEvents(),
        p.instalments(),
        p.regimeChange(),
        p.precedents(),
        value(form, "preamble", p.preamble()),
        value(form, "postscript", p.postscript()),
        value(form, "licenceStatement", p.licenceStatement()));
  }

  private static String value(MultivaluedMap<String, String> form, String name, String fallback) {
    String v = form.getFirst(name);
    if (v == null) {
      return fallback;
    }
    return v.isBlank() ? null : v.strip();
  }

  static Shown shown(ImportStore.Kept k, ImportProposal p) {
    Proposals.Reading r = k.reading();
    List<QuestionRow> questions = new ArrayList<>();
    for (ProposedQuestion q : p.questions()) {
      String outcome =
          p.outcomes().stream()
              .filter(o -> q.number().equals(o.question()))
              .map(ProposedOutcome::outcome)
              .findFirst()
              .orElse("");
      List<Option> options = new ArrayList<>();
      options.add(Option.of("", "Not stated"));
      for (Outcome o : Outcome.values()) {
        options.add(Option.of(o.name(), o.name()));
      }
      questions.add(
          new QuestionRow(
              q.number(),
              q.text(),
              Option.choose(options, outcome),
              r.check().contains("question " + q.number())));
    }
    List<CitationRow> citations = new ArrayList<>();
    for (int i = 0; i < p.citations().size(); i++) {
      ProposedCitation c = p.citations().get(i);
      String name = "citation " + c.provision() + " " + Proposals.numbers(c.questions());
      citations.add(
          new CitationRow(
              i, c.provision(), Proposals.numbers(c.questions()), r.check().contains(name)));
    }
    return new Shown(
        k.id(),
        p,
        pieces(k.text(), r.marks()),
        questions,
        citations,
        String.join("\n", p.references()),
        r.check(),
        r.unread());
  }

  /** The letter cut into pieces at the marks (earliest first, overlapping ones left out). */
  static List<Piece> pieces(String text, List<Proposals.Mark> marks) {
    List<Proposals.Mark> sorted =
        marks.stream()
            .filter(m -> m.end() > m.start() && m.end() <= text.length())
            .sorted(
                (a, b) ->
                    a.start() != b.start()
                        ? Integer.compare(a.start(), b.start())
                        : Integer.compare(b.end(), a.end()))
            .toList();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Proposals.Mark m : sorted) {
      if (m.start() < at) {
        continue;
      }
      if (m.start() > at) {
        pieces.add(new Piece(text.substring(at, m.start()), null, true));
      }
      pieces.add(new Piece(text.substring(m.start(), m.end()), m.element(), m.sure()));
      at = m.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), null, true));
    }
    return pieces;
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
