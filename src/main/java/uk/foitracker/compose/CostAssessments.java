package uk.foitracker.compose;

import static uk.foitracker.compose.ResponseEdits.blankToNull;
import static uk.foitracker.compose.ResponseEdits.numbers;
import static uk.foitracker.compose.ResponseEdits.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.compose.ResponseInputs.CostLineInput;
import uk.foitracker.compose.ResponseInputs.RelatedInput;
import uk.foitracker.cost.Activity;
import uk.foitracker.cost.CostAssessment;
import uk.foitracker.cost.CostLine;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLink;
import uk.foitracker.request.RequestLinkKind;
import uk.foitracker.rules.Aggregation;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.WorkingDayCalendar;
import uk.foitracker.web.Money;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/** The s.12 cost assessment of a response, with the requests aggregated under reg 5. */
@ApplicationScoped
@Transactional
public class CostAssessments {
  private final ResponseEdits edits;
  private final AuditLog audit;

  CostAssessments(ResponseEdits edits, AuditLog audit) {
    this.edits = edits;
    this.audit = audit;
  }

  /** {@link #assessCost(String, Long, CostInput, String)} without a version check. */
  public CostEstimate.Result assessCost(String ref, CostInput input, String actor) {
    return assessCost(ref, null, input, actor);
  }

  /**
   * Records the s.12 assessment, replacing any before. Lines for activities that do not count
   * (redaction, considering exemptions) are refused with the reason; related requests are checked
   * against reg 5. Returns the estimate with its running total.
   */
  public CostEstimate.Result assessCost(String ref, Long version, CostInput input, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    List<FieldError> errors = new ArrayList<>();
    int limitPence =
        input.limitPence() == null ? request.authority.appropriateLimitPence : input.limitPence();
    int ratePence =
        input.hourlyRatePence() == null
            ? request.authority.hourlyRatePence
            : input.hourlyRatePence();
    if (limitPence <= 0) {
      errors.add(new FieldError("limitPence", "The appropriate limit must be more than £0"));
    }
    if (ratePence <= 0) {
      errors.add(new FieldError("hourlyRatePence", "The hourly rate must be more than £0"));
    }
    List<Question> questions = questions(request, input.questions(), "questions", errors);
    List<CostLineInput> lineInputs = input.lines() == null ? List.of() : input.lines();
    List<CostEstimate.ProposedLine> proposed =
        lineInputs.stream().map(CostAssessments::proposed).toList();
    Integer statedMinutes = statedMinutes(input.statedHours(), errors);
    CostEstimate.Result result =
        CostEstimate.assess(
            new AppropriateLimit(Math.max(limitPence, 1), Math.max(ratePence, 1)), proposed);
    for (CostEstimate.RefusedLine r : result.refused()) {
      errors.add(new FieldError("lines[" + r.index() + "]." + r.field(), r.reason()));
    }
    List<FoiRequest> related = related(request, input.related(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    boolean created =
        save(request, limitPence, ratePence, input, questions, result, related, statedMinutes);
    audit.record(
        actor,
        created ? "COST_ASSESSED" : "COST_REASSESSED",
        "request",
        request.id,
        "Cost assessment for questions "
            + numbers(questions)
            + ": "
            + result.hoursText()
            + (request.regime == Regime.EIR
                ? " (manifestly unreasonable burden, reg 12(4)(b) EIR)"
                : " ("
                    + Money.pounds(result.costPence())
                    + ") against a limit of "
                    + Money.pounds(limitPence))
            + (related.isEmpty()
                ? ""
                : ", aggregated with " + related.size() + " related requests"),
        null,
        null);
    return result;
  }

  /** A line as the rules read it: units × minutes each when either is given, else its minutes. */
  private static CostEstimate.ProposedLine proposed(CostLineInput l) {
    if (l.minutesEachMin() != null || l.minutesEachMax() != null) {
      return CostEstimate.ProposedLine.perUnit(
          l.activity(),
          l.basis(),
          l.units(), // null: the letter does not state how many (the line cannot be computed)
          l.minutesEachMin() == null ? l.minutesEachMax() : l.minutesEachMin(),
          l.minutesEachMax());
    }
    return new CostEstimate.ProposedLine(
        l.activity(), l.basis(), l.minutes() == null ? 0 : l.minutes(), l.units(), null, null);
  }

  /** The authority's stated hours in minutes (20.5 is 1230); null when not stated. */
  private static Integer statedMinutes(BigDecimal hours, List<FieldError> errors) {
    if (hours == null) {
      return null;
    }
    if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      errors.add(
          new FieldError("statedHours", "The stated hours must be more than 0, such as 20.5"));
      return null;
    }
    return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  /** The related requests to aggregate, each checked against reg 5. */
  private static List<FoiRequest> related(
      FoiRequest request, List<RelatedInput> input, List<FieldError> errors) {
    List<FoiRequest> related = new ArrayList<>();
    List<Aggregation.Related> toCheck = new ArrayList<>();
    List<RelatedInput> relatedInputs = input == null ? List.of() : input;
    for (int i = 0; i < relatedInputs.size(); i++) {
      RelatedInput r = relatedInputs.get(i);
      FoiRequest other =
          r.reference() == null
              ? null
              : FoiRequest.findByReference(r.reference().strip()).orElse(null);
      if (other == null || other.id.equals(request.id)) {
        errors.add(
            new FieldError(
                "related[" + i + "].reference", "Enter the reference of another request"));
        continue;
      }
      related.add(other);
      toCheck.add(
          new Aggregation.Related(
              other.systemReference,
              other.receivedOn,
              r.sameRequesterOrInConcert(),
              r.sameOrSimilarInformation()));
    }
    if (!toCheck.isEmpty()) {
      if (request.receivedOn == null) {
        errors.add(
            new FieldError(
                "related",
                "This request's received date is not stated, so no request can be aggregated with it (reg 5(2)(b))"));
      } else {
        for (Aggregation.Refusal refusal :
            Aggregation.check(WorkingDayCalendar.ukWide(), request.receivedOn, toCheck)) {
          errors.add(
              new FieldError(
                  "related",
                  (refusal.reference() == null ? "" : refusal.reference() + ": ")
                      + refusal.reason()));
        }
      }
    }
    return related;
  }

  /** Writes the assessment over any before; true when it is the first. */
  private static boolean save(
      FoiRequest request,
      int limitPence,
      int ratePence,
      CostInput input,
      List<Question> questions,
      CostEstimate.Result result,
      List<FoiRequest> related,
      Integer statedMinutes) {
    CostAssessment cost = CostAssessment.forRequest(request).orElseGet(CostAssessment::new);
    boolean created = cost.id == null;
    if (!created) {
      CostLine.delete("assessment", cost);
      CostAggregation.delete("assessment", cost);
      cost.lines.clear();
      cost.questions.clear();
    }
    cost.request = request;
    cost.limitPence = limitPence;
    cost.hourlyRatePence = ratePence;
    cost.statement = blankToNull(input.statement());
    cost.advice = blankToNull(input.advice());
    cost.statedMinutes = statedMinutes;
    cost.questions.addAll(
        questions.stream().sorted(Comparator.comparingInt(q -> q.number)).toList());
    cost.persist();
    CostLine.flush();
    int position = 0;
    for (CostEstimate.Line l : result.lines()) {
      CostLine line = new CostLine();
      line.assessment = cost;
      line.position = ++position;
      line.activity = Activity.valueOf(l.activity().name());
      line.basis = l.basis();
      line.minutes = l.minutes();
      line.units = l.units();
      line.minutesEachMin = l.minutesEachMin();
      line.minutesEachMax = l.minutesEachMax();
      line.minutesMax = l.minutesMax();
      line.persist();
      cost.lines.add(line);
    }
    for (FoiRequest other : related) {
      CostAggregation a = new CostAggregation();
      a.assessment = cost;
      a.related = other;
      a.reasons =
          "Same requester or in concert; same or similar information; within 60 working days (reg 5)";
      a.persist();
      // both requests show the aggregation as a link (issue 17 point 7)
      RequestLink.ensure(
          request, other, RequestLinkKind.AGGREGATED, a.reasons, "cost assessment", Instant.now());
    }
    return created;
  }
}
