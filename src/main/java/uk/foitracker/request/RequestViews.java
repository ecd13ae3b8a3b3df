package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.clock.RequestClocks;
import uk.foitracker.question.Question;
import uk.foitracker.request.Views.ActionView;
import uk.foitracker.request.Views.AssignView;
import uk.foitracker.request.Views.EventLine;
import uk.foitracker.request.Views.Option;
import uk.foitracker.request.Views.QuestionLine;
import uk.foitracker.request.Views.QueuePage;
import uk.foitracker.request.Views.QueueRow;
import uk.foitracker.request.Views.RequestDetail;
import uk.foitracker.request.Views.RequestPage;
import uk.foitracker.request.Views.RequesterView;
import uk.foitracker.request.Views.TimelineEntry;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.ClockStatus;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Problem.FieldError;

/**
 * Reads requests for officers and auditors: the work queue and each request with its clock and
 * timeline. The clock is computed per request here, from its events, as at today.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestViews {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** Who is looking: officers act and see the requester; auditors only read. */
  public enum Audience {
    OFFICER("/officer/requests"),
    AUDITOR("/audit/requests");

    private final String base;

    Audience(String base) {
      this.base = base;
    }

    public String base() {
      return base;
    }
  }

  /** A refused action to show again with what was typed and its errors. */
  public record Attempt(
      String action, DateField date, DateField extra, String assignee, List<FieldError> errors) {}

  private final RequestClocks clocks;

  RequestViews(RequestClocks clocks) {
    this.clocks = clocks;
  }

  private record Row(FoiRequest request, ClockResult clock) {}

  public QueuePage queue(QueueFilter f, Audience audience) {
    List<FoiRequest> open =
        FoiRequest.list(
            "receivedOn is not null and systemReference is not null and state in ?1",
            List.of(
                RequestState.OPEN, RequestState.AWAITING_CLARIFICATION, RequestState.AWAITING_FEE));
    Map<Long, List<ClockEventEntry>> events =
        ClockEventEntry.forRequests(open.stream().map(r -> r.id).toList()).stream()
            .collect(
                Collectors.groupingBy(e -> e.request.id, LinkedHashMap::new, Collectors.toList()));
    LocalDate today = clocks.today();
    LocalDate endOfWeek =
        today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    TreeSet<String> assignees = new TreeSet<>();
    List<Row> rows = new ArrayList<>();
    for (FoiRequest r : open) {
      if (r.assignedTo != null) {
        assignees.add(r.assignedTo);
      }
      ClockResult c = clocks.calculate(r, events.getOrDefault(r.id, List.of()));
      if (!f.state().isEmpty() && !r.state.name().equals(f.state())) {
        continue;
      }
      if (f.overdue() && c.status() != ClockStatus.OVERDUE) {
        continue;
      }
      if (f.dueThisWeek()
          && (c.due().isEmpty()
              || c.due().get().isBefore(today)
              || c.due().get().isAfter(endOfWeek))) {
        continue;
      }
      if (!f.regime().isEmpty() && !r.regime.name().equals(f.regime())) {
        continue;
      }
      if (QueueFilter.UNASSIGNED.equals(f.assignee())) {
        if (r.assignedTo != null) {
          continue;
        }
      } else if (!f.assignee().isEmpty() && !f.assignee().equals(r.assignedTo)) {
        continue;
      }
      rows.add(new Row(r, c));
    }
    Comparator<Row> byReference = Comparator.comparing(row -> row.request().systemReference);
    Comparator<Row> order =
        switch (f.sort()) {
          case "received" -> Comparator.comparing((Row row) -> row.request().receivedOn);
          case "reference" -> byReference;
          default -> Comparator.comparing((Row row) -> row.clock().due().orElse(LocalDate.MAX));
        };
    order = order.thenComparing(byReference);
    if (f.order().equals("desc")) {
      order = order.reversed();
    }
    rows.sort(order);
    int total = rows.size();
    int pages = Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
    int page = Math.min(f.page(), pages);
    List<QueueRow> shown =
        rows
            .subList(
                Math.min(total, (page - 1) * QueueFilter.PAGE_SIZE),
                Math.min(total, page * QueueFilter.PAGE_SIZE))
            .stream()
            .map(row -> queueRow(row.request(), row.clock()))
            .toList();
    QueueFilter current =
        new QueueFilter(
            f.state(),
            f.overdue(),
            f.dueThisWeek(),
            f.regime(),
            f.assignee(),
            f.sort(),
            f.order(),
            page);
    List<Option> states = new ArrayList<>();
    states.add(new Option("", "Any open state", f.state().isEmpty()));
    for (RequestState s :
        List.of(
            RequestState.OPEN, RequestState.AWAITING_CLARIFICATION, RequestState.AWAITING_FEE)) {
      states.add(new Option(s.name(), s.label(), s.name().equals(f.state())));
    }
    List<Option> regimes =
        List.of(
            new Option("", "FOIA and EIR", f.regime().isEmpty()),
            new Option("FOIA", "FOIA", f.regime().equals("FOIA")),
            new Option("EIR", "EIR", f.regime().equals("EIR")));
    List<Option> who = new ArrayList<>();
    who.add(new Option("", "Anyone", f.assignee().isEmpty()));
    who.add(
        new Option(
            QueueFilter.UNASSIGNED, "Not assigned", f.assignee().equals(QueueFilter.UNASSIGNED)));
    for (String a : assignees) {
      who.add(new Option(a, a, a.equals(f.assignee())));
    }
    return new QueuePage(
        audience.base(),
        audience == Audience.OFFICER,
        shown,
        current,
        total,
        page,
        pages,
        states,
        regimes,
        who);
  }

  private QueueRow queueRow(FoiRequest r, ClockResult c) {
    boolean stopped = c.due().isEmpty();
    return new QueueRow(
        r.systemReference,
        r.title,
        r.regime,
        r.receivedOn,
        c.due().orElse(null),
        stopped ? null : c.workingDaysLeft(),
        r.state,
        c.status().name(),
        c.status() == ClockStatus.OVERDUE,
        RequestClocks.dueSoon(c),
        r.assignedTo,
        Dates.display(r.receivedOn),
        c.due().map(Dates::display).orElse("Clock stopped"),
        RequestClocks.label(c),
        RequestClocks.colour(c));
  }

  /** The request page; empty when no request has this reference. */
  public Optional<RequestPage> page(String reference, Audience audience, Attempt attempt) {
    return FoiRequest.findByReference(reference).map(r -> page(r, audience, attempt));
  }

  private RequestPage page(FoiRequest r, Audience audience, Attempt attempt) {
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    ClockResult clock = clocks.calculate(r, entries);
    boolean officer = audience == Audience.OFFICER;
    RequesterView requester = null;
    if (officer) {
      requester =
          RequesterContact.<RequesterContact>find("request", r)
              .firstResultOptional()
              .map(c -> new RequesterView(c.name, c.contact))
              .orElse(null);
    }
    List<FieldError> errors = attempt == null ? List.of() : attempt.errors();
    String action = attempt == null ? "" : attempt.action();
    List<ActionView> actions = new ArrayList<>();
    AssignView assign = null;
    if (officer && OfficerRequests.isOpen(r.state)) {
      List<ClockEventKind> kinds = new ArrayList<>(applicable(r, entries));
      // a refused action keeps its form on the page, with what was typed and why it was refused
      ClockEventKind.fromSlug(action).filter(k -> !kinds.contains(k)).ifPresent(kinds::add);
      for (ClockEventKind kind : kinds) {
        boolean tried = kind.slug().equals(action);
        actions.add(
            new ActionView(
                kind.slug(),
                kind.actionLabel(),
                kind.needsExtraDate(),
                tried ? attempt.date() : DateField.empty(),
                tried ? attempt.extra() : DateField.empty(),
                tried ? message(errors, "date") : null,
                tried ? message(errors, "newDue") : null));
      }
    }
    if (officer) {
      boolean tried = "assign".equals(action);
      assign =
          new AssignView(
              tried ? attempt.assignee() : (r.assignedTo == null ? "" : r.assignedTo),
              tried ? message(errors, "assignee") : null);
    }
    FormErrors formErrors =
        FormErrors.of(
            errors,
            field ->
                switch (field) {
                  case "date", "newDue" -> action + "-" + field;
                  case "assignee" -> "assignee";
                  default -> "timeline";
                });
    return new RequestPage(
        audience.base(),
        officer,
        r.systemReference,
        r.version,
        r.title,
        r.regime,
        r.channel == null ? null : r.channel.label(),
        Dates.withDay(r.receivedOn),
        r.state.label(),
        r.assignedTo,
        r.requestText,
        r.preamble,
        questions(r),
        r.postscript,
        requester,
        clocks.view(clock),
        actions,
        assign,
        timeline(r),
        formErrors);
  }

  /** The clock events that make sense next, given where the clock stands. */
  private static List<ClockEventKind> applicable(FoiRequest r, List<ClockEventEntry> entries) {
    if (r.state == RequestState.AWAITING_CLARIFICATION) {
      return List.of(ClockEventKind.CLARIFICATION_RECEIVED);
    }
    if (r.state == RequestState.AWAITING_FEE) {
      return List.of(ClockEventKind.FEES_PAID);
    }
    List<ClockEventKind> kinds = new ArrayList<>();
    kinds.add(ClockEventKind.CLARIFICATION_REQUESTED);
    kinds.add(ClockEventKind.FEES_NOTICE_ISSUED);
    ClockEventKind extension =
        r.regime == Regime.FOIA
            ? ClockEventKind.PUBLIC_INTEREST_EXTENSION
            : ClockEventKind.COMPLEX_VOLUMINOUS_EXTENSION;
    if (entries.stream().noneMatch(e -> e.kind == extension)) {
      kinds.add(extension);
    }
    return kinds;
  }

  private static String message(List<FieldError> errors, String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  /** The request for the API (no personal data). */
  public Optional<RequestDetail> detail(String reference) {
    return FoiRequest.findByReference(reference)
        .map(
            r -> {
              List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
              ClockResult clock = clocks.calculate(r, entries);
              return new RequestDetail(
                  r.systemReference,
                  r.version,
                  r.title,
                  r.regime,
                  r.channel,
                  r.receivedOn,
                  r.state,
                  r.assignedTo,
                  r.requestText,
                  questions(r),
                  clocks.view(clock),
                  entries.stream()
                      .map(e -> new EventLine(e.kind.name(), e.date, e.extraDate, e.actor))
                      .toList(),
                  timeline(r));
            });
  }

  private static List<QuestionLine> questions(FoiRequest r) {
    return Question.forRequest(r).stream().map(q -> new QuestionLine(q.number, q.text)).toList();
  }

  private static List<TimelineEntry> timeline(FoiRequest r) {
    return AuditEvent.forSubject(OfficerRequests.SUBJECT, r.id).stream()
        .map(
            e ->
                new TimelineEntry(
                    WHEN.format(e.occurredAt.atZone(UK)).replace("AM", "am").replace("PM", "pm"),
                    e.actor,
                    e.summary,
                    e.beforeState,
                    e.afterState))
        .toList();
  }
}
