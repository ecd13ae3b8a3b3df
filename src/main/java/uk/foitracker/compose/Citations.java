package uk.foitracker.compose;

import static uk.foitracker.compose.ResponseEdits.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.Provision;
import uk.foitracker.compose.ResponseInputs.CitationInput;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;
import uk.foitracker.web.Texts;
import uk.foitracker.web.ValidationProblem;

/**
 * Citing the provisions a question is refused or answered under, with the public interest test of a
 * qualified exemption. One public method per officer action, each with its audit event.
 */
@ApplicationScoped
@Transactional
public class Citations {
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
   * Cites a provision for a question. The role follows from the provision: s.1(1)(a) is a denial
   * (not held), never an exemption. A qualified exemption needs the public interest test.
   */
  public int cite(String ref, Long version, int number, CitationInput input, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Question question = question(request, number);
    List<FieldError> errors = new ArrayList<>();
    Provision provision = provision(request, input.provision(), errors);
    String reasons =
        Texts.required(
            input.reasons(),
            "reasons",
            "Say why " + (provision == null ? "the provision" : provision.reference) + " applies",
            errors);
    boolean qualified = provision != null && provision.kind == ProvisionKind.QUALIFIED;
    PublicInterest pi = qualified ? publicInterest(input, errors) : null;
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Citation citation = new Citation();
    citation.question = question;
    citation.provision = provision;
    citation.position =
        Citation.<Citation>list("question", question).stream()
                .mapToInt(c -> c.position)
                .max()
                .orElse(0)
            + 1;
    citation.role = roleOf(provision.kind);
    citation.reasons = reasons;
    citation.persist();
    if (pi != null) {
      pi.citationId = citation.id;
      pi.persist();
    }
    audit.record(
        actor,
        "PROVISION_CITED",
        "request",
        request.id,
        "Question "
            + number
            + ": "
            + provision.reference
            + " "
            + provision.title
            + " ("
            + StatuteLabels.label(citation.role)
            + ")",
        null,
        null);
    return citation.position;
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

  /** The public interest test of a qualified exemption (s.17(3)), not yet saved. */
  private static PublicInterest publicInterest(CitationInput input, List<FieldError> errors) {
    PublicInterest pi = new PublicInterest();
    pi.argumentsFor =
        Texts.required(
            input.publicInterestFor(),
            "publicInterestFor",
            "Give the public interest arguments for disclosure (s.17(3))",
            errors);
    pi.argumentsAgainst =
        Texts.required(
            input.publicInterestAgainst(),
            "publicInterestAgainst",
            "Give the public interest arguments for maintaining the exemption (s.17(3))",
            errors);
    pi.conclusion =
        Texts.required(
            input.publicInterestConclusion(),
            "publicInterestConclusion",
            "Say where the balance of the public interest lies and why (s.17(3)(b))",
            errors);
    return pi;
  }

  /** {@link #removeCitation(String, Long, int, int, String)} without a version check. */
  public void removeCitation(String ref, int number, int position, String actor) {
    removeCitation(ref, null, number, position, actor);
  }

  /** Removes one citation of a question. */
  public void removeCitation(String ref, Long version, int number, int position, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    Question question = question(request, number);
    Citation citation =
        Citation.<Citation>find("question = ?1 and position = ?2", question, position)
            .firstResultOptional()
            .orElseThrow(
                () -> new NotFoundProblem("Question " + number + " has no citation " + position));
    PublicInterest.deleteById(citation.id);
    String reference = citation.provision.reference;
    citation.delete();
    audit.record(
        actor,
        "CITATION_REMOVED",
        "request",
        request.id,
        "Question " + number + ": " + reference + " no longer cited",
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
