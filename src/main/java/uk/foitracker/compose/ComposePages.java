package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.citation.Provision;
import uk.foitracker.citation.ProvisionKind;
import uk.foitracker.cost.Activity;
import uk.foitracker.publication.CaseView;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Money;
import uk.foitracker.web.Option;
import uk.foitracker.web.OptionGroup;
import uk.foitracker.web.Problem.FieldError;

/** Builds the officer's response page: every form with what is stored, or what was typed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComposePages {
  /** Blank cost lines offered under the recorded ones. */
  static final int SPARE_COST_LINES = 3;

  private final ResponseDrafts drafts;

  ComposePages(ResponseDrafts drafts) {
    this.drafts = drafts;
  }

  /** A refused form to show again: which form, what was typed (field to values), the errors. */
  public record Attempt(String form, Map<String, List<String>> values, List<FieldError> errors) {}

  public ComposePage page(String ref, Attempt attempt) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundException("No request has the reference " + ref + "."));
    ResponseView response = drafts.response(ref);
    CaseView c = response.preview();
    Map<String, FormState> forms = new LinkedHashMap<>();
    List<Integer> numbers = c.questions().stream().map(CaseView.QuestionView::number).toList();

    List<ComposePage.QuestionForm> questions = new ArrayList<>();
    for (CaseView.QuestionView q : c.questions()) {
      forms.put(
          "q" + q.number(),
          new FormState().put("outcome", q.outcome() == null ? "" : q.outcome().name()));
      forms.put("cite-" + q.number(), new FormState());
      List<ComposePage.CitationLine> citations = new ArrayList<>();
      int position = 0;
      for (CaseView.CitationView cv : q.provisions()) {
        citations.add(
            new ComposePage.CitationLine(
                ++position, cv.reference(), cv.title(), cv.roleLabel(), cv.reasons()));
      }
      questions.add(
          new ComposePage.QuestionForm(
              q.number(),
              q.text(),
              q.outcome() == null ? null : q.outcome().label(),
              q.outcome() == null ? "grey" : q.outcome().colour(),
              q.answer() == null ? null : q.answer().position(),
              citations));
    }

    List<ComposePage.AnswerForm> answers = new ArrayList<>();
    Map<Integer, CaseView.AnswerView> seen = new LinkedHashMap<>();
    for (CaseView.QuestionView q : c.questions()) {
      if (q.answer() != null) {
        seen.putIfAbsent(q.answer().position(), q.answer());
      }
    }
    for (CaseView.AnswerView a : seen.values()) {
      FormState f = new FormState().put("paragraphs", String.join("\n\n", a.paragraphs()));
      f.values.put("questions", a.questionNumbers().stream().map(String::valueOf).toList());
      forms.put("answer-" + a.position(), f);
      answers.add(
          new ComposePage.AnswerForm(
              a.position(), a.questionNumbers(), a.paragraphs(), a.tables()));
    }
    forms.put("answer-new", new FormState());

    CaseView.CostView cost = c.costAssessment();
    FormState costForm = new FormState();
    int lineCount = SPARE_COST_LINES;
    if (cost != null) {
      costForm.put("statement", cost.statement()).put("advice", cost.advice());
      costForm.values.put(
          "questions", cost.questionNumbers().stream().map(String::valueOf).toList());
      for (int i = 0; i < cost.lines().size(); i++) {
        CaseView.CostLineView l = cost.lines().get(i);
        costForm.put("lines[" + i + "].activity", l.activity());
        costForm.put("lines[" + i + "].basis", l.basis());
        costForm.put("lines[" + i + "].minutes", String.valueOf(l.minutes()));
      }
      lineCount += cost.lines().size();
    }
    forms.put("cost", costForm);

    forms.put(
        "notice",
        new FormState()
            .put("reviewProcedure", response.notice().reviewProcedure())
            .put("complaintRights", response.notice().complaintRights()));
    forms.put("send", new FormState());
    forms.put("publish", new FormState().put("slug", suggestedSlug(request)));
    forms.put("withhold", new FormState().put("reason", request.withheldReason));
    forms.put("correct", new FormState());
    forms.put("review", new FormState());
    forms.put("decide", new FormState());

    FormErrors errors = FormErrors.NONE;
    if (attempt != null) {
      FormState typed = new FormState();
      typed.values.putAll(attempt.values());
      for (FieldError e : attempt.errors()) {
        typed.errors.putIfAbsent(e.field(), e.message());
      }
      forms.put(attempt.form(), typed);
      if (attempt.form().equals("cost")) {
        lineCount = Math.max(lineCount, countLines(attempt.values()));
      }
      errors = FormErrors.of(attempt.errors(), field -> anchor(attempt.form(), field));
    }

    // the catalogue grouped by regime, this request's regime first
    Map<String, List<Option>> byRegime = new LinkedHashMap<>();
    byRegime.put(request.regime.name(), new ArrayList<>());
    List<String> qualified = new ArrayList<>();
    for (Provision p : Provision.catalogue()) {
      byRegime
          .computeIfAbsent(p.regime.name(), k -> new ArrayList<>())
          .add(Option.of(p.code, p.reference + " " + p.title + " (" + kindLabel(p.kind) + ")"));
      if (p.kind == ProvisionKind.QUALIFIED && p.regime == request.regime) {
        qualified.add(p.reference);
      }
    }
    List<OptionGroup> groups = new ArrayList<>();
    byRegime.forEach((regime, opts) -> groups.add(new OptionGroup(regime, opts)));
    List<Option> outcomes = new ArrayList<>();
    for (uk.foitracker.question.Outcome o : uk.foitracker.question.Outcome.values()) {
      outcomes.add(Option.of(o.name(), o.label()));
    }

    List<Option> activities = new ArrayList<>();
    for (Activity a : Activity.values()) {
      activities.add(Option.of(a.name(), a.label()));
    }
    List<String> excluded = new ArrayList<>();
    for (CostEstimate.ExcludedActivity e : CostEstimate.ExcludedActivity.values()) {
      excluded.add(CostEstimate.whyNotCounted(e.name()));
    }
    ComposePage.CostTotal total = null;
    if (cost != null) {
      long pence = Math.round(cost.estimatedMinutes() * cost.hourlyRatePence() / 60.0);
      total =
          new ComposePage.CostTotal(
              hoursText(cost.estimatedMinutes()),
              Money.pounds(pence),
              cost.limitText(),
              cost.limitHours(),
              cost.rateText(),
              pence > cost.limitPence());
    }

    RequestState state = request.state;
    boolean editable =
        state == RequestState.OPEN
            || state == RequestState.AWAITING_CLARIFICATION
            || state == RequestState.AWAITING_FEE;
    return new ComposePage(
        request.systemReference,
        request.title,
        response.stateLabel(),
        editable,
        state == RequestState.SENT || state == RequestState.WITHHELD_FROM_LOG,
        state == RequestState.PUBLISHED,
        request.slug,
        request.withheldReason,
        uk.foitracker.web.Dates.display(request.sentOn),
        numbers,
        questions,
        answers,
        outcomes,
        groups,
        String.join(", ", qualified),
        activities,
        excluded,
        java.util.stream.IntStream.range(0, lineCount).boxed().toList(),
        total,
        response.notice(),
        response.review(),
        forms,
        errors);
  }

  private static int countLines(Map<String, List<String>> values) {
    int n = 0;
    while (values.containsKey("lines[" + n + "].activity")) {
      n++;
    }
    return n;
  }

  static String hoursText(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    String h = hours + (hours == 1 ? " hour" : " hours");
    return rest == 0 ? h : h + " " + rest + (rest == 1 ? " minute" : " minutes");
  }

  private static String kindLabel(ProvisionKind kind) {
    return switch (kind) {
      case QUALIFIED -> "qualified: public interest test";
      case ABSOLUTE -> "absolute";
      case DENIAL -> "not held";
      case COST_LIMIT -> "cost limit";
      case REFUSAL -> "refusal";
      case ADVICE -> "advice";
      case PROCEDURE -> "procedure";
    };
  }

  private static String suggestedSlug(FoiRequest request) {
    if (request.slug != null) {
      return request.slug;
    }
    String s = request.title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
  }

  /**
   * The id of the input a field's error links to: "{form}-{field}" with brackets and dots as
   * hyphens (lines[0].minutes on the cost form: cost-lines-0-minutes). The send form's errors point
   * at the form that can fix them.
   */
  static String anchor(String form, String field) {
    if (form.equals("send")) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("questions\\[(\\d+)]\\.(outcome|answer)").matcher(field);
      if (m.matches()) {
        return m.group(2).equals("outcome")
            ? "q" + m.group(1) + "-outcome"
            : "answer-new-paragraphs";
      }
      if (field.equals("reviewProcedure") || field.equals("complaintRights")) {
        return "notice-" + field;
      }
      if (field.equals("sentOn")) {
        return "send-sentOn";
      }
    }
    if (form.equals("decide") && field.equals("outcome")) {
      return "outcome"; // the radios' first input
    }
    if (field.equals("requestedOn") || field.equals("decidedOn")) {
      return form + "-" + field;
    }
    return form + "-" + field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
  }

  /** One form's values (field to values) and inline errors (field to message). */
  public static final class FormState {
    final Map<String, List<String>> values = new LinkedHashMap<>();
    final Map<String, String> errors = new LinkedHashMap<>();

    FormState put(String field, String value) {
      values.put(field, value == null ? List.of() : List.of(value));
      return this;
    }

    /** The first value of a field, "" when none. */
    public String value(String field) {
      List<String> v = values.get(field);
      return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }

    /** A value of a numbered line's field, e.g. line(0, "basis") for lines[0].basis. */
    public String line(int index, String field) {
      return value("lines[" + index + "]." + field);
    }

    public String lineError(int index, String field) {
      return errors.get("lines[" + index + "]." + field);
    }

    /** True when a checkbox or option with this value was chosen. */
    public boolean has(String field, Object value) {
      List<String> v = values.get(field);
      return v != null && v.contains(String.valueOf(value));
    }

    /** The field's inline error, or null. */
    public String error(String field) {
      return errors.get(field);
    }
  }
}
