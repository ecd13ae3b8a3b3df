package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import uk.foitracker.answer.Answer;
import uk.foitracker.authority.Letterhead;
import uk.foitracker.citation.Provision;
import uk.foitracker.cost.Activity;
import uk.foitracker.publication.CaseView;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;
import uk.foitracker.web.FormEcho;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Money;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Option;
import uk.foitracker.web.OptionGroup;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;

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

  /** The empty add-a-table form of an answer, drawn at the request's current version. */
  public TableForm newTable(String ref, int answer) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref + "."));
    return new TableForm(
        ref,
        String.valueOf(request.version),
        answer,
        "",
        "1",
        "",
        false,
        null,
        0,
        0,
        FormErrors.NONE,
        null,
        null,
        "",
        "",
        "",
        false,
        QuestionEdits.sent(request)
            || Answer.<Answer>find("request = ?1 and position = ?2", request, answer).stream()
                .anyMatch(a -> a.instalment != null),
        "");
  }

  /** The page of a request's response: every form with what is stored, or what was typed. */
  public ComposePage page(String ref, Attempt attempt) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref + "."));
    ResponseView response = drafts.response(ref);
    CaseView c = response.preview();
    Map<String, FormEcho> forms = new LinkedHashMap<>();
    List<ComposePage.QuestionForm> questions = questionForms(c, forms);
    List<ComposePage.AnswerForm> answers = answerForms(c, forms);
    CaseView.CostView cost = c.costAssessment();
    int lineCount = costForm(cost, forms);
    otherForms(request, response, forms);

    FormErrors errors = FormErrors.NONE;
    if (attempt != null) {
      forms.put(attempt.form(), FormEcho.posted(attempt.values(), attempt.errors()));
      if (attempt.form().equals("cost")) {
        lineCount = Math.max(lineCount, countLines(attempt.values()));
      }
      errors = FormErrors.of(attempt.errors(), field -> anchor(attempt.form(), field));
    }

    RequestState state = request.state;
    boolean editable =
        state == RequestState.OPEN
            || state == RequestState.AWAITING_CLARIFICATION
            || state == RequestState.AWAITING_FEE;
    return new ComposePage(
        request.systemReference,
        request.version,
        request.title,
        response.stateLabel(),
        editable,
        state == RequestState.SENT || state == RequestState.WITHHELD_FROM_LOG,
        state == RequestState.PUBLISHED,
        request.slug,
        request.withheldReason,
        Dates.display(request.sentOn),
        c.questions().stream().map(CaseView.QuestionView::number).toList(),
        questions,
        answers,
        outcomeOptions(),
        provisionGroups(request),
        qualifiedProvisions(request),
        activityOptions(),
        excludedActivities(),
        IntStream.range(0, lineCount).boxed().toList(),
        costTotal(cost),
        response.notice(),
        response.review(),
        forms,
        errors,
        request.regime == Regime.EIR,
        c.instalmentList(),
        response.reviews(),
        answers.stream().anyMatch(a -> a.instalment() == null),
        request.licenceStatement,
        request.attributionStatement,
        response.citations());
  }

  /** Each question with its citations; its outcome form and citation form go into forms. */
  private static List<ComposePage.QuestionForm> questionForms(
      CaseView c, Map<String, FormEcho> forms) {
    List<ComposePage.QuestionForm> questions = new ArrayList<>();
    for (CaseView.QuestionView q : c.questions()) {
      forms.put(
          "q" + q.number(),
          FormEcho.empty().with("outcome", q.outcome() == null ? "" : q.outcome().name()));
      forms.put("cite-" + q.number(), FormEcho.empty());
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
              q.outcome() == null ? null : StatuteLabels.label(q.outcome()),
              q.outcome() == null ? "grey" : StatuteLabels.colour(q.outcome()),
              q.answer() == null ? null : q.answer().position(),
              citations,
              q.outcome()));
    }
    return questions;
  }

  /** Each answer once, in order; its form, and the blank form for a new one, go into forms. */
  private static List<ComposePage.AnswerForm> answerForms(CaseView c, Map<String, FormEcho> forms) {
    List<ComposePage.AnswerForm> answers = new ArrayList<>();
    Map<Integer, CaseView.AnswerView> seen = new LinkedHashMap<>();
    for (CaseView.QuestionView q : c.questions()) {
      if (q.answer() != null) {
        seen.putIfAbsent(q.answer().position(), q.answer());
      }
    }
    for (CaseView.QuestionView q : c.questions()) {
      for (CaseView.AnswerView later : q.laterAnswers()) {
        seen.putIfAbsent(later.position(), later);
      }
    }
    for (CaseView.AnswerView a : seen.values()) {
      forms.put(
          "answer-" + a.position(),
          FormEcho.empty()
              .with("paragraphs", String.join("\n\n", a.paragraphs()))
              .with("questions", a.questionNumbers().stream().map(String::valueOf).toList()));
      answers.add(
          new ComposePage.AnswerForm(
              a.position(), a.questionNumbers(), a.paragraphs(), a.tables(), a.instalment()));
    }
    forms.put("answer-new", FormEcho.empty());
    return answers;
  }

  /** Puts the cost form as stored into forms; returns how many lines it offers. */
  private static int costForm(CaseView.CostView cost, Map<String, FormEcho> forms) {
    FormEcho costForm = FormEcho.empty();
    int lineCount = SPARE_COST_LINES;
    if (cost != null) {
      costForm =
          costForm
              .with("statement", cost.statement())
              .with("advice", cost.advice())
              .with("questions", cost.questionNumbers().stream().map(String::valueOf).toList())
              .with(
                  "statedHours",
                  cost.statedHours() == null
                      ? null
                      : cost.statedHours().stripTrailingZeros().toPlainString());
      for (int i = 0; i < cost.lines().size(); i++) {
        CaseView.CostLineView l = cost.lines().get(i);
        costForm =
            costForm
                .with("lines[" + i + "].activity", l.activity())
                .with("lines[" + i + "].basis", l.basis())
                .with(
                    "lines[" + i + "].minutes",
                    l.units() == null ? String.valueOf(l.minutes()) : null)
                .with("lines[" + i + "].units", l.units() == null ? null : l.units().toString())
                .with(
                    "lines[" + i + "].minutesEachMin",
                    l.minutesEachMin() == null ? null : l.minutesEachMin().toString())
                .with(
                    "lines[" + i + "].minutesEachMax",
                    l.minutesEachMax() == null || l.minutesEachMax().equals(l.minutesEachMin())
                        ? null
                        : l.minutesEachMax().toString());
      }
      lineCount += cost.lines().size();
    }
    forms.put("cost", costForm);
    return lineCount;
  }

  /**
   * The notice form as stored; a notice not yet written starts from the authority's standard
   * paragraphs (its letter settings), which the officer saves or changes.
   */
  private FormEcho noticeForm(FoiRequest request, ResponseView response) {
    String review = response.notice().reviewProcedure();
    String complaint = response.notice().complaintRights();
    if (review == null && complaint == null && ResponseNotice.findById(request.id) == null) {
      Letterhead head = drafts.letterhead(request);
      review = head.reviewProcedure();
      complaint = head.complaintRights();
    }
    return FormEcho.empty().with("reviewProcedure", review).with("complaintRights", complaint);
  }

  /** The notice, send, publication and review forms as stored. */
  private void otherForms(FoiRequest request, ResponseView response, Map<String, FormEcho> forms) {
    forms.put("notice", noticeForm(request, response));
    forms.put("send", FormEcho.empty());
    forms.put("publish", FormEcho.empty().with("slug", suggestedSlug(request)));
    forms.put("withhold", FormEcho.empty().with("reason", request.withheldReason));
    forms.put("correct", FormEcho.empty());
    forms.put("cite", FormEcho.empty());
    forms.put("review", FormEcho.empty());
    forms.put("decide", FormEcho.empty());
    forms.put(
        "licence",
        FormEcho.empty()
            .with("licenceStatement", request.licenceStatement)
            .with("attributionStatement", request.attributionStatement));
  }

  /** The catalogue grouped by regime, this request's regime first. */
  private static List<OptionGroup> provisionGroups(FoiRequest request) {
    Map<String, List<Option>> byRegime = new LinkedHashMap<>();
    byRegime.put(request.regime.name(), new ArrayList<>());
    for (Provision p : Provision.catalogue()) {
      byRegime
          .computeIfAbsent(p.regime.name(), k -> new ArrayList<>())
          .add(
              Option.of(
                  p.code,
                  p.reference
                      + " "
                      + p.title
                      + " ("
                      + kindLabel(p.kind)
                      + (p.ncnd ? ", neither confirm nor deny" : "")
                      + ")"));
    }
    List<OptionGroup> groups = new ArrayList<>();
    byRegime.forEach((regime, opts) -> groups.add(new OptionGroup(regime, opts)));
    return groups;
  }

  /** The qualified exemptions of the request's regime, as "s.22, s.31...". */
  private static String qualifiedProvisions(FoiRequest request) {
    List<String> qualified = new ArrayList<>();
    for (Provision p : Provision.catalogue()) {
      if (p.kind == ProvisionKind.QUALIFIED && p.regime == request.regime) {
        qualified.add(p.reference);
      }
    }
    return String.join(", ", qualified);
  }

  private static List<Option> outcomeOptions() {
    List<Option> outcomes = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      outcomes.add(Option.of(o.name(), StatuteLabels.label(o)));
    }
    return outcomes;
  }

  private static List<Option> activityOptions() {
    List<Option> activities = new ArrayList<>();
    for (Activity a : Activity.values()) {
      activities.add(Option.of(a.name(), a.label()));
    }
    return activities;
  }

  private static List<String> excludedActivities() {
    List<String> excluded = new ArrayList<>();
    for (CostEstimate.ExcludedActivity e : CostEstimate.ExcludedActivity.values()) {
      excluded.add(CostEstimate.whyNotCounted(e.name()));
    }
    return excluded;
  }

  /** The cost assessment's totals against the limit, or null when none is recorded. */
  private static ComposePage.CostTotal costTotal(CaseView.CostView cost) {
    if (cost == null) {
      return null;
    }
    long pence = Math.round(cost.estimatedMinutes() * cost.hourlyRatePence() / 60.0);
    return new ComposePage.CostTotal(
        hoursText(cost.estimatedMinutes()),
        Money.pounds(pence),
        cost.limitText(),
        cost.limitHours(),
        cost.rateText(),
        pence > cost.limitPence(),
        cost.computedText(),
        cost.statedHours() == null ? null : cost.statedText(),
        cost.statedWarning());
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
    String s = request.title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
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
      Matcher m = Pattern.compile("questions\\[(\\d+)]\\.(outcome|answer)").matcher(field);
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
}
