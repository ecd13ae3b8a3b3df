package uk.foitracker.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.review.Refusals.MarkedFinding;
import uk.foitracker.review.Refusals.ShownCase;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.web.Clocks;
import uk.foitracker.web.FormEcho;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Pagination;
import uk.foitracker.web.StatuteLabels;

/**
 * The refusals page's model, built in one place from what the review selects: the filter's choices,
 * the totals and page links, the sentence saying when the findings were reviewed, and each case's
 * questions, grounds, findings and mark forms.
 */
final class RefusalsModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

  private RefusalsModel() {}

  static RefusalsView of(Refusals r) {
    RefusalFilter filter = r.filter();
    RefusalSummary s = r.summary();
    return new RefusalsView(
        r.cases().stream().map(c -> caseRefusals(c, r.rejected())).toList(),
        r.selection().cases(),
        r.selection().questions(),
        r.page(),
        r.pageCount(),
        r.from(),
        r.to(),
        r.showCases() ? Pagination.of(r.page(), r.pageCount(), filter::href) : Pagination.NONE,
        new ArrayList<>(filter.params()),
        reviewed(r),
        withAny(
            s.provisions().entrySet().stream()
                .map(
                    e ->
                        new Option(
                            e.getKey(), e.getValue(), e.getKey().equals(filter.provision())))),
        withAny(
            Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.PROVIDED_IN_FULL)
                .map(o -> new Option(o.name(), StatuteLabels.label(o), o == filter.outcome()))),
        withAny(
            s.years().stream()
                .map(
                    y ->
                        new Option(String.valueOf(y), String.valueOf(y), y.equals(filter.year())))),
        withAny(s.officers().stream().map(o -> new Option(o, o, o.equals(filter.officer())))),
        filter.any(),
        FormErrors.of(r.errors(), field -> "page".equals(field) ? "result-count" : field));
  }

  /** A filter's choices, after its first: "Any". */
  private static List<Option> withAny(Stream<Option> options) {
    return Stream.concat(Stream.of(Option.blank("Any")), options).toList();
  }

  /** When the findings were reviewed, and whether a review of later changes is under way. */
  private static String reviewed(Refusals r) {
    return "Findings reviewed from "
        + String.format(Locale.UK, "%,d", r.summary().requests())
        + " requests at "
        + WHEN.format(r.reviewedAt().atZone(Clocks.UK)).replace("AM", "am").replace("PM", "pm")
        + (r.current()
            ? "."
            : "; a review after the latest changes is under way, so the order and the totals"
                + " may be behind.");
  }

  private static CaseRefusals caseRefusals(ShownCase c, MarkRejected rejected) {
    FoiRequest request = c.reviewed().request();
    List<FindingRow> rows =
        c.findings().stream().map(f -> findingRow(request.id, f, rejected)).toList();
    return new CaseRefusals(
        request.id,
        request.slug,
        request.title,
        request.systemReference != null ? request.systemReference : request.authorityReference,
        request.state == RequestState.PUBLISHED,
        request.assignedTo == null ? "Not assigned" : request.assignedTo,
        request.receivedOn == null ? "Not stated" : String.valueOf(request.receivedOn.getYear()),
        c.questions().stream().map(q -> refusedQuestion(c, q, rows)).toList(),
        rows,
        c.reviewed().result().notes().stream()
            .map(n -> new NoteRow(n.ruleId(), n.questionsLabel(), n.message()))
            .toList(),
        Evidence.href(request));
  }

  private static RefusedQuestion refusedQuestion(ShownCase c, Question q, List<FindingRow> rows) {
    return new RefusedQuestion(
        q.number,
        q.text,
        q.outcome,
        c.reviewed().citations().getOrDefault(q.id, List.of()).stream()
            .map(
                cited ->
                    new Ground(
                        cited.provision.reference,
                        cited.provision.title,
                        StatuteLabels.label(cited.role),
                        cited.reasons))
            .toList(),
        rows.stream()
            .filter(f -> f.questionNumbers().contains(q.number))
            .map(f -> new FindingLink(f.anchor(), f.ruleId(), f.provision()))
            .toList());
  }

  private static FindingRow findingRow(
      long requestId, MarkedFinding marked, MarkRejected rejected) {
    Finding f = marked.finding();
    return new FindingRow(
        ReviewService.anchor(requestId, f),
        requestId,
        f.ruleId(),
        f.provision(),
        f.questionNumbers(),
        f.questionKey(),
        f.questionsLabel(),
        f.severity(),
        f.message(),
        ReviewService.markView(marked.mark()),
        markForm(requestId, f, rejected));
  }

  /** The mark as typed, with its errors, when it is the mark refused on this finding. */
  private static FormEcho markForm(long requestId, Finding f, MarkRejected rejected) {
    if (rejected == null
        || !Objects.equals(rejected.command().requestId(), requestId)
        || !f.ruleId().equals(rejected.command().ruleId())
        || !f.questionKey().equals(rejected.command().questions())) {
      return null;
    }
    return FormEcho.empty()
        .with("verdict", rejected.command().verdict())
        .with("note", rejected.command().note())
        .withErrors(rejected.errors());
  }
}
