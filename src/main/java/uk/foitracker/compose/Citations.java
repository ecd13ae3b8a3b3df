package uk.foitracker.compose;

import static uk.foitracker.compose.ResponseEdits.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.CitationGroup;
import uk.foitracker.citation.CitationPrecedent;
import uk.foitracker.citation.Provision;
import uk.foitracker.citation.PublicInterest;
import uk.foitracker.compose.ResponseInputs.CitationGroupInput;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.PrecedentReference;
import uk.foitracker.rules.ProvisionClass;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Money;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.Texts;
import uk.foitracker.web.ValidationProblem;

/**
 * Citing the provisions a question is refused or answered under, with the public interest test of a
 * qualified exemption. A citation covers a set of questions (s.43(2) once for questions 2 to 5);
 * each question keeps its own row of it. One public method per officer action, each with its audit
 * event.
 */
@ApplicationScoped
@Transactional
public class Citations {
  /** At most this many precedents on one citation. */
  static final int MAX_PRECEDENTS = 20;

  private final ResponseEdits edits;
  private final AuditLog audit;

  Citations(ResponseEdits edits, AuditLog audit) {
    this.edits = edits;
    this.audit = audit;
  }

  /** {@link #cite(String, Long, int, CitationInput, String)} without a version check. */
  public int cite(String ref, int number, CitationInput input, String actor) {
    return cite(ref, null, number, input, actor);
  }

  /**
   * Cites a provision for one question: a citation covering that question alone. Returns the
   * citation's position among the question's citations.
   */
  public int cite(String ref, Long version, int number, CitationInput input, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Question question = question(request, number);
    CitationGroupInput group =
        new CitationGroupInput(
            input.provision(),
            List.of(number),
            null,
            input.reasons(),
            null,
            List.of(),
            input.publicInterestFor(),
            input.publicInterestAgainst(),
            input.publicInterestConclusion());
    List<Citation> rows = save(request, List.of(question), group, actor);
    return rows.get(0).position;
  }

  /** {@link #citeFor(String, Long, CitationGroupInput, String)} without a version check. */
  public int citeFor(String ref, CitationGroupInput input, String actor) {
    return citeFor(ref, null, input, actor);
  }

  /**
   * Cites a provision once for a set of questions. The role follows from the provision: s.1(1)(a)
   * is a denial (not held), never an exemption. A qualified exemption needs the public interest
   * test; a provision with none (absolute, or no exemption) refuses one. Returns the citation's
   * position within the request.
   */
  public int citeFor(String ref, Long version, CitationGroupInput input, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    List<FieldError> errors = new ArrayList<>();
    List<Question> questions =
        ResponseEdits.questions(request, input.questions(), "questions", errors);
    if (!errors.isEmpty()) {
      // Say everything wrong at once: check the rest before refusing.
      try {
        save(request, List.of(), input, actor);
      } catch (ValidationProblem p) {
        errors.addAll(p.errors());
      }
      throw new ValidationProblem(errors);
    }
    return save(request, questions, input, actor).get(0).group.position;
  }

  /** Validates and saves one citation for these questions; nothing is saved when refused. */
  private List<Citation> save(
      FoiRequest request, List<Question> questions, CitationGroupInput input, String actor) {
    List<FieldError> errors = new ArrayList<>();
    Provision provision = provision(request, input.provision(), errors);
    CitationRole role = role(provision, input.role(), errors);
    String reasons =
        input.recordsAsSent()
            ? asSent(input.reasons(), "reasons", errors)
            : Texts.required(
                input.reasons(),
                "reasons",
                "Say why "
                    + (provision == null ? "the provision" : provision.reference)
                    + " applies",
                errors);
    PublicInterest pi = provision == null ? null : publicInterest(provision, input, errors);
    List<PrecedentReference> precedents = precedents(input.precedents(), errors);
    if (!errors.isEmpty() || questions.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    CitationGroup group = CitationGroup.next(request);
    group.persist();
    List<Citation> rows = new ArrayList<>();
    for (Question question : questions) {
      Citation citation = new Citation();
      citation.question = question;
      citation.provision = provision;
      citation.group = group;
      citation.position =
          Citation.<Citation>list("question", question).stream()
                  .mapToInt(c -> c.position)
                  .max()
                  .orElse(0)
              + 1;
      citation.role = role;
      citation.reasons = reasons;
      citation.persist();
      if (pi != null) {
        PublicInterest copy = new PublicInterest();
        copy.citationId = citation.id;
        copy.argumentsFor = pi.argumentsFor;
        copy.argumentsAgainst = pi.argumentsAgainst;
        copy.conclusion = pi.conclusion;
        copy.persist();
      }
      rows.add(citation);
    }
    int position = 0;
    for (PrecedentReference p : precedents) {
      CitationPrecedent precedent = new CitationPrecedent();
      precedent.group = group;
      precedent.position = ++position;
      precedent.kind = p.kind();
      precedent.reference = p.reference();
      precedent.persist();
    }
    List<Integer> numbers = questions.stream().map(q -> q.number).sorted().toList();
    audit.record(
        actor,
        "PROVISION_CITED",
        "request",
        request.id,
        (numbers.size() == 1 ? "Question " : "Questions ")
            + Money.joinNumbers(numbers)
            + ": "
            + provision.reference
            + " "
            + provision.title
            + " ("
            + StatuteLabels.label(role)
            + ")"
            + (input.recordsAsSent() ? ", recorded as sent" : ""),
        null,
        null);
    return rows;
  }

  private static Provision provision(FoiRequest request, String code, List<FieldError> errors) {
    Provision provision = code == null ? null : Provision.findByCode(code.strip()).orElse(null);
    if (provision == null) {
      errors.add(new FieldError("provision", "Choose a provision from the catalogue"));
    } else if (provision.regime != request.regime) {
      errors.add(
          new FieldError(
              "provision",
              provision.reference
                  + " is a provision of the "
                  + provision.regime
                  + "; this request is under the "
                  + request.regime));
    }
    return provision;
  }

  /** The role: the one the provision plays; a role given must agree with it. */
  private static CitationRole role(Provision provision, String given, List<FieldError> errors) {
    CitationRole derived = provision == null ? null : roleOf(provision.kind);
    if (given == null || given.isBlank()) {
      return derived;
    }
    CitationRole role;
    try {
      role = CitationRole.valueOf(given.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "role", "Choose a role: DENIAL, EXEMPTION, PROCEDURE, COST_LIMIT or ADVICE"));
      return derived;
    }
    if (derived != null && role != derived) {
      errors.add(
          new FieldError(
              "role",
              provision.reference
                  + " is cited as "
                  + StatuteLabels.label(derived).toLowerCase(Locale.ROOT)
                  + ", not "
                  + StatuteLabels.label(role).toLowerCase(Locale.ROOT)
                  + "; leave the role out"));
    }
    return derived;
  }

  /**
   * The public interest test of a qualified exemption (FOIA s.17(3), EIR reg 14(3)(b)), not yet
   * saved; null for a provision with no test, which refuses one given (FOIA s.2(3)).
   */
  private static PublicInterest publicInterest(
      Provision provision, CitationGroupInput input, List<FieldError> errors) {
    ProvisionClass c = provision.classification();
    if (!c.publicInterestTest()) {
      boolean given =
          notBlank(input.argumentsFor())
              || notBlank(input.argumentsAgainst())
              || notBlank(input.conclusion());
      if (given) {
        errors.add(
            new FieldError(
                "publicInterestFor",
                provision.reference
                    + (c.absolute()
                        ? " is an absolute exemption (" + c.basis() + ")"
                        : " is not a qualified exemption")
                    + ": there is no public interest test. Remove the public interest arguments"));
      }
      return null;
    }
    if (input.recordsAsSent()
        && !notBlank(input.argumentsFor())
        && !notBlank(input.argumentsAgainst())
        && !notBlank(input.conclusion())) {
      return null; // the letter as sent gave no test: recorded so, for the review to find
    }
    String test = provision.regime == Regime.EIR ? "reg 12(1)(b)" : "s.17(3)";
    PublicInterest pi = new PublicInterest();
    if (input.recordsAsSent()) {
      // Part of a test as the letter gave it (arguments with no conclusion): kept as it stands.
      pi.argumentsFor = asSent(input.argumentsFor(), "publicInterestFor", errors);
      pi.argumentsAgainst = asSent(input.argumentsAgainst(), "publicInterestAgainst", errors);
      pi.conclusion = asSent(input.conclusion(), "publicInterestConclusion", errors);
      return pi;
    }
    pi.argumentsFor =
        Texts.required(
            input.argumentsFor(),
            "publicInterestFor",
            "Give the public interest arguments for disclosure (" + test + ")",
            errors);
    pi.argumentsAgainst =
        Texts.required(
            input.argumentsAgainst(),
            "publicInterestAgainst",
            "Give the public interest arguments for maintaining the exemption (" + test + ")",
            errors);
    pi.conclusion =
        Texts.required(
            input.conclusion(),
            "publicInterestConclusion",
            "Say where the balance of the public interest lies and why (" + test + ")",
            errors);
    return pi;
  }

  /** A part of a letter recorded as sent: empty when the letter gave none, else as required. */
  private static String asSent(String value, String field, List<FieldError> errors) {
    return notBlank(value) ? Texts.required(value, field, "", errors) : "";
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** The precedents, each an ICO decision notice or a tribunal appeal reference. */
  private static List<PrecedentReference> precedents(List<String> typed, List<FieldError> errors) {
    List<PrecedentReference> found = new ArrayList<>();
    if (typed == null) {
      return found;
    }
    for (String t : typed) {
      if (t == null || t.isBlank()) {
        continue;
      }
      PrecedentReference.parse(t)
          .ifPresentOrElse(
              p -> {
                if (!found.contains(p)) {
                  found.add(p);
                }
              },
              () ->
                  errors.add(
                      new FieldError(
                          "precedents",
                          "\""
                              + Texts.shorten(t.strip(), 40)
                              + "\" is not an ICO decision notice (such as FS50123456 or"
                              + " IC-123456-A1B2) or a First-tier Tribunal appeal (such as"
                              + " EA/2019/0123)")));
    }
    if (found.size() > MAX_PRECEDENTS) {
      errors.add(new FieldError("precedents", "Give at most " + MAX_PRECEDENTS + " precedents"));
    }
    return found;
  }

  /** {@link #removeCitation(String, Long, int, int, String)} without a version check. */
  public void removeCitation(String ref, int number, int position, String actor) {
    removeCitation(ref, null, number, position, actor);
  }

  /**
   * Removes one question's citation: the citation no longer covers that question, and is gone when
   * it covers none.
   */
  public void removeCitation(String ref, Long version, int number, int position, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Question question = question(request, number);
    Citation citation =
        Citation.<Citation>find("question = ?1 and position = ?2", question, position)
            .firstResultOptional()
            .orElseThrow(
                () -> new NotFoundProblem("Question " + number + " has no citation " + position));
    String reference = citation.provision.reference;
    CitationGroup group = citation.group;
    PublicInterest.deleteById(citation.id);
    citation.delete();
    if (group != null && Citation.count("group", group) == 0) {
      CitationPrecedent.delete("group", group);
      group.delete();
    }
    audit.record(
        actor,
        "CITATION_REMOVED",
        "request",
        request.id,
        "Question " + number + ": " + reference + " no longer cited",
        null,
        null);
  }

  /** {@link #removeCitationFor(String, Long, int, String)} without a version check. */
  public void removeCitationFor(String ref, int position, String actor) {
    removeCitationFor(ref, null, position, actor);
  }

  /** Removes a citation of the request from every question it covers. */
  public void removeCitationFor(String ref, Long version, int position, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    CitationGroup group =
        CitationGroup.<CitationGroup>find("request = ?1 and position = ?2", request, position)
            .firstResultOptional()
            .orElseThrow(() -> new NotFoundProblem("The request has no citation " + position));
    List<Citation> rows = Citation.list("group", group);
    List<Integer> numbers = rows.stream().map(c -> c.question.number).sorted().toList();
    String reference = rows.isEmpty() ? "The provision" : rows.get(0).provision.reference;
    for (Citation c : rows) {
      PublicInterest.deleteById(c.id);
      c.delete();
    }
    CitationPrecedent.delete("group", group);
    group.delete();
    audit.record(
        actor,
        "CITATION_REMOVED",
        "request",
        request.id,
        (numbers.size() == 1 ? "Question " : "Questions ")
            + Money.joinNumbers(numbers)
            + ": "
            + reference
            + " no longer cited",
        null,
        null);
  }

  static CitationRole roleOf(ProvisionKind kind) {
    return switch (kind) {
      case DENIAL -> CitationRole.DENIAL;
      case COST_LIMIT -> CitationRole.COST_LIMIT;
      case ADVICE -> CitationRole.ADVICE;
      case PROCEDURE -> CitationRole.PROCEDURE;
      case ABSOLUTE, QUALIFIED, REFUSAL -> CitationRole.EXEMPTION;
    };
  }
}
