package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.question.Question;
import uk.foitracker.rules.ClockResult;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.StatuteLabels;

/**
 * Reads requests for officers and auditors: each request with its clock and timeline. The clock
 * shown is computed here from the request's events, as at today. The work queue is {@link
 * QueueSearch}.
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

  /**
   * A refused action to show again with what was typed and its errors: a clock event (with the new
   * regime and reason of a change of regime), the assignee, the authority's references and dates
   * ({@code details}), or a link ({@code linkOther}, {@code linkKind}, {@code linkNote}).
   */
  public record Attempt(
      String action,
      DateField date,
      DateField extra,
      String assignee,
      List<FieldError> errors,
      String regime,
      String reason,
      DetailsDraft details,
      String linkOther,
      String linkKind,
      String linkNote,
      String correspondenceKind,
      String correspondenceNote) {
    public Attempt(
        String action, DateField date, DateField extra, String assignee, List<FieldError> errors) {
      this(action, date, extra, assignee, errors, null, null, null, null, null, null);
    }

    public Attempt(
        String action,
        DateField date,
        DateField extra,
        String assignee,
        List<FieldError> errors,
        String regime,
        String reason,
        DetailsDraft details,
        String linkOther,
        String linkKind,
        String linkNote) {
      this(
          action, date, extra, assignee, errors, regime, reason, details, linkOther, linkKind,
          linkNote, null, null);
    }
  }

  private final RequestClocks clocks;

  RequestViews(RequestClocks clocks) {
    this.clocks = clocks;
  }

  /** The request page; empty when no request has this reference. */
  public Optional<RequestPage> page(String reference, Audience audience, Attempt attempt) {
    return FoiRequest.findByReference(reference).map(r -> page(r, audience, attempt));
  }

  /** The read-only page of a request, for an audience that cannot act on it. */
  public RequestPage readOnlyPage(FoiRequest r, Audience audience) {
    return page(r, audience, null);
  }

  private RequestPage page(FoiRequest r, Audience audience, Attempt attempt) {
    List<ClockEventEntry> entries = ClockEventEntry.forRequest(r);
    ClockResult clock = clocks.calculate(r, entries);
    List<String> refs = References.of(r);
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
        String regimeTyped = tried ? attempt.regime() : null;
        actions.add(
            new ActionView(
                kind.slug(),
                kind.actionLabel(),
                kind.needsExtraDate(),
                tried ? attempt.date() : DateField.empty(),
                tried ? attempt.extra() : DateField.empty(),
                tried ? message(errors, "date") : null,
                tried ? message(errors, "newDue") : null,
                kind.needsRegime(),
                Arrays.stream(Regime.values())
                    .filter(g -> g != r.regime)
                    .map(
                        g ->
                            new Option(
                                g.name(),
                                g.name() + ": " + g.title(),
                                regimeTyped == null || g.name().equals(regimeTyped)))
                    .toList(),
                tried && attempt.reason() != null ? attempt.reason() : "",
                tried ? message(errors, "regime") : null,
                tried ? message(errors, "reason") : null,
                kind == ClockEventKind.PUBLIC_INTEREST_EXTENSION
                    || kind == ClockEventKind.COMPLEX_VOLUMINOUS_EXTENSION,
                false,
                tried ? confirmMessage(errors) : null));
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
                  case "date", "newDue", "regime", "reason", "confirm" -> action + "-" + field;
                  case "assignee" -> "assignee";
                  case "kind" -> "correspondenceKind";
                  case "sentOn" -> "correspondence-sentOn";
                  case "note" -> "correspondenceNote";
                  case "authorityReference",
                      "otherAuthorityReferences",
                      "statedDue",
                      "channel",
                      "otherReference",
                      "linkKind",
                      "linkNote" ->
                      field;
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
        formErrors,
        refs,
        r.statedDueOn == null ? null : Dates.withDay(r.statedDueOn),
        statedDueWarning(r, clock),
        officer ? details(r, refs, "details".equals(action) ? attempt : null) : null,
        links(r),
        officer ? linkForm("link".equals(action) ? attempt : null) : null,
        RequestCorrespondence.of(r),
        officer ? correspondenceForm("correspondence".equals(action) ? attempt : null) : null,
        ClockEventEntry.history(r).stream().map(EventLine::of).toList());
  }

  private static CorrespondenceFormView correspondenceForm(Attempt attempt) {
    String kind = attempt == null ? null : attempt.correspondenceKind();
    List<Option> kinds =
        Arrays.stream(CorrespondenceKind.values())
            .map(k -> new Option(k.name(), k.label(), k.name().equals(kind)))
            .toList();
    if (attempt == null) {
      return new CorrespondenceFormView(kinds, DateField.empty(), "", null, null, null);
    }
    return new CorrespondenceFormView(
        kinds,
        attempt.date() == null ? DateField.empty() : attempt.date(),
        attempt.correspondenceNote() == null ? "" : attempt.correspondenceNote(),
        message(attempt.errors(), "kind"),
        message(attempt.errors(), "sentOn"),
        message(attempt.errors(), "note"));
  }

  /**
   * When the due date the authority stated differs from the one the clock gives: what the officer
   * is told. Null when they agree, or either is unknown.
   */
  static String statedDueWarning(FoiRequest r, ClockResult clock) {
    LocalDate computed = clock == null ? null : clock.due().orElse(null);
    if (r.statedDueOn == null || computed == null || r.statedDueOn.equals(computed)) {
      return null;
    }
    return "The authority stated the response was due on "
        + Dates.withDay(r.statedDueOn)
        + ", but the statutory clock gives "
        + Dates.withDay(computed)
        + ". The stated date is kept as stated; the clock's date is the one the law sets.";
  }

  private static DetailsView details(FoiRequest r, List<String> refs, Attempt attempt) {
    if (attempt != null && attempt.details() != null) {
      DetailsDraft d = attempt.details();
      List<FieldError> errors = attempt.errors();
      return new DetailsView(
          d.authorityReference(),
          String.join("\n", d.otherAuthorityReferences()),
          d.statedDue(),
          channels(d.channel().isEmpty() && r.channel != null ? r.channel.name() : d.channel()),
          message(errors, "authorityReference"),
          message(errors, "otherAuthorityReferences"),
          message(errors, "statedDue"),
          message(errors, "channel"));
    }
    return new DetailsView(
        refs.isEmpty() ? "" : refs.get(0),
        refs.size() < 2 ? "" : String.join("\n", refs.subList(1, refs.size())),
        DateField.of(r.statedDueOn),
        channels(r.channel == null ? "" : r.channel.name()),
        null,
        null,
        null,
        null);
  }

  private static List<Option> channels(String selected) {
    List<Option> options = new ArrayList<>();
    if (selected == null || selected.isEmpty()) {
      options.add(new Option("", "Not stated", true));
    }
    for (Channel c : Channel.values()) {
      options.add(new Option(c.name(), c.label(), c.name().equals(selected)));
    }
    return options;
  }

  private static LinkFormView linkForm(Attempt attempt) {
    String kind = attempt == null ? null : attempt.linkKind();
    List<Option> kinds =
        Arrays.stream(RequestLinkKind.values())
            .map(k -> new Option(k.name(), k.label(), k.name().equals(kind)))
            .toList();
    if (attempt == null) {
      return new LinkFormView("", kinds, "", null, null, null);
    }
    return new LinkFormView(
        attempt.linkOther() == null ? "" : attempt.linkOther(),
        kinds,
        attempt.linkNote() == null ? "" : attempt.linkNote(),
        message(attempt.errors(), "otherReference"),
        message(attempt.errors(), "linkKind"),
        message(attempt.errors(), "linkNote"));
  }

  /** The links from and to the request, as this request's page reads them. */
  static List<LinkView> links(FoiRequest r) {
    return RequestLink.touching(r).stream()
        .map(
            l -> {
              boolean outgoing = l.request.id.equals(r.id);
              FoiRequest other = outgoing ? l.other : l.request;
              return new LinkView(
                  l.kind.name(),
                  l.kind.describe(outgoing),
                  l.kind.label(),
                  other.systemReference,
                  other.title,
                  outgoing,
                  l.note,
                  l.id);
            })
        .toList();
  }

  /** The clock events that make sense next, given where the clock stands. */
  private static List<ClockEventKind> applicable(FoiRequest r, List<ClockEventEntry> entries) {
    if (r.receivedOn == null) {
      // no date of receipt, no clock to stop, pause or extend; the regime can still change
      return List.of(ClockEventKind.REGIME_CHANGED);
    }
    if (r.state == RequestState.AWAITING_CLARIFICATION) {
      return List.of(ClockEventKind.CLARIFICATION_RECEIVED, ClockEventKind.REGIME_CHANGED);
    }
    if (r.state == RequestState.AWAITING_FEE) {
      return List.of(ClockEventKind.FEES_PAID, ClockEventKind.REGIME_CHANGED);
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
    kinds.add(ClockEventKind.REGIME_CHANGED);
    return kinds;
  }

  /** The warnings an extension needs confirming for, as one message. */
  private static String confirmMessage(List<FieldError> errors) {
    List<String> all =
        errors.stream()
            .filter(e -> e.field().equals(OfficerRequests.CONFIRM))
            .map(FieldError::message)
            .toList();
    return all.isEmpty() ? null : String.join(" ", all);
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
              List<String> refs = References.of(r);
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
                  entries.stream().map(EventLine::of).toList(),
                  timeline(r),
                  refs.isEmpty() ? null : refs.get(0),
                  IntStream.range(0, refs.size())
                      .mapToObj(i -> new ReferenceLine(refs.get(i), i == 0))
                      .toList(),
                  r.statedDueOn,
                  statedDueWarning(r, clock) != null,
                  links(r),
                  RequestCorrespondence.of(r),
                  ClockEventEntry.history(r).stream().map(EventLine::of).toList());
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
                    plainWords(e.beforeState),
                    plainWords(e.afterState)))
        .toList();
  }

  /** A recorded state with the names of outcomes and roles in plain words, for the timeline. */
  private static String plainWords(String text) {
    return StatuteLabels.plainWords(text);
  }
}
