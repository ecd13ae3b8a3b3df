package uk.foitracker.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.citation.Provision;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compose.Answers;
import uk.foitracker.compose.Citations;
import uk.foitracker.compose.CostAssessments;
import uk.foitracker.compose.Notices;
import uk.foitracker.compose.ResponseInputs.AnswerInput;
import uk.foitracker.compose.ResponseInputs.CitationGroupInput;
import uk.foitracker.compose.ResponseInputs.CostInput;
import uk.foitracker.compose.ResponseInputs.CostLineInput;
import uk.foitracker.compose.ResponseInputs.PublicInterestInput;
import uk.foitracker.imports.ImportProposal.ProposedAnswer;
import uk.foitracker.imports.ImportProposal.ProposedCitation;
import uk.foitracker.imports.ImportProposal.ProposedClockEvent;
import uk.foitracker.imports.ImportProposal.ProposedCost;
import uk.foitracker.imports.ImportProposal.ProposedInstalment;
import uk.foitracker.imports.ImportProposal.ProposedOutcome;
import uk.foitracker.imports.ImportProposal.ProposedPrecedent;
import uk.foitracker.imports.ImportProposal.ProposedQuestion;
import uk.foitracker.imports.ImportProposal.ProposedReview;
import uk.foitracker.imports.ImportProposal.ProposedTable;
import uk.foitracker.internalreview.InternalReviews;
import uk.foitracker.reading.LetterReader;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.request.RequestCorrespondence;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Importing a past response: reads a letter into a proposal kept in memory ({@link ImportStore}),
 * and on confirm logs the request ({@link OfficerRequests#log}) and enters its draft response
 * through the compose services ({@link Answers}, {@link Citations}, {@link CostAssessments}, {@link
 * Notices}), each action with its own audit event. An element a service refuses (a provision
 * outside the catalogue, a qualified exemption without its public interest test) is not entered and
 * is listed for the officer, never forced in.
 */
@ApplicationScoped
public class Imports {
  /** The longest text read, in characters. */
  public static final int MAX_TEXT = 200_000;

  /** The longest run of non-space or space characters (the reader's patterns backtrack on them). */
  static final int MAX_RUN = 500;

  private static final Pattern LONG_RUN =
      Pattern.compile("\\S{" + (MAX_RUN + 1) + "}|\\s{" + (MAX_RUN + 1) + "}");

  /** Control characters that no letter holds: a binary file sent as text. */
  private static final Pattern NOT_TEXT = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");

  /** What "Not stated" stands for where the request needs a value the letter does not give. */
  static final String NOT_STATED = "Not stated";

  /** The request and draft response made on confirm, and what was not entered. */
  public record Confirmed(
      String reference,
      String accessCode,
      String href,
      String responseHref,
      List<String> notEntered) {
    @Override
    public String toString() {
      return "Confirmed[" + reference + "]";
    }
  }

  private final ImportStore store;
  private final OfficerRequests requests;
  private final Answers answers;
  private final Citations citations;
  private final CostAssessments costs;
  private final Notices notices;
  private final RequestCorrespondence correspondence;
  private final InternalReviews reviews;

  Imports(
      ImportStore store,
      OfficerRequests requests,
      Answers answers,
      Citations citations,
      CostAssessments costs,
      Notices notices,
      RequestCorrespondence correspondence,
      InternalReviews reviews) {
    this.correspondence = correspondence;
    this.reviews = reviews;
    this.store = store;
    this.requests = requests;
    this.answers = answers;
    this.citations = citations;
    this.costs = costs;
    this.notices = notices;
  }

  /**
   * Reads a letter into a proposal and keeps it (in memory) for {@code officer}.
   *
   * @throws ValidationProblem for a text empty, too long, not text, or a bad regime or date
   */
  ImportStore.Kept propose(String text, String regime, String received, String officer) {
    List<FieldError> errors = new ArrayList<>();
    checkText(text, errors);
    Optional<Regime> law = regime(regime, errors);
    Optional<LocalDate> on = date(received, "received", errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return store.put(
        text, Proposals.read(text, law, on), officer, AuthorityScope.heldNow().orElse(null));
  }

  /**
   * Whether the signed-in person may reach a proposal: they hold every authority its officer held
   * (another authority's proposal answers as an unknown id does).
   */
  private static boolean reachable(ImportStore.Kept k) {
    if (k.authorities() == null) {
      return true;
    }
    return AuthorityScope.heldNow().map(mine -> mine.containsAll(k.authorities())).orElse(true);
  }

  /**
   * Reads a letter into a proposal kept for {@code officer}, and gives its id (for callers outside
   * this package: tests that need a proposal to exist).
   */
  public String proposeText(String text, String officer) {
    return propose(text, null, null, officer).id();
  }

  /**
   * Reads a letter into a proposal kept for an officer of one authority (its slug), and gives its
   * id (for tests of the authority axis).
   */
  public String proposeText(String text, String officer, String authoritySlug) {
    Long authority =
        Authority.findBySlug(authoritySlug)
            .orElseThrow(() -> new IllegalArgumentException("No authority " + authoritySlug))
            .id;
    return store.put(text, read(text), officer, Set.of(authority)).id();
  }

  /** Reads a letter without keeping it (the command-line import). */
  static Proposals.Reading read(String text) {
    List<FieldError> errors = new ArrayList<>();
    checkText(text, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return Proposals.read(text, Optional.empty(), Optional.empty());
  }

  static void checkText(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("text", "Enter the text of the letter"));
    } else if (text.length() > MAX_TEXT) {
      errors.add(new FieldError("text", "The text must be 200,000 characters or fewer"));
    } else if (NOT_TEXT.matcher(text).find()) {
      errors.add(
          new FieldError(
              "text", "The text holds characters no letter has: send the letter's text"));
    } else if (LONG_RUN.matcher(text).find()) {
      errors.add(
          new FieldError(
              "text",
              "The text has a word or a gap of over "
                  + MAX_RUN
                  + " characters; paste the letter as it reads"));
    }
  }

  /** The proposal kept under {@code id}, or 404. */
  ImportStore.Kept get(String id) {
    return store.get(id).filter(Imports::reachable).orElseThrow(Imports::gone);
  }

  /** Whether a proposal is still kept, whoever asks (for tests: nothing was changed). */
  public boolean isKept(String id) {
    return store.get(id).isPresent();
  }

  /** Discards a proposal: nothing of it is kept. */
  void abandon(String id) {
    if (store.get(id).filter(Imports::reachable).isPresent()) {
      store.remove(id);
    }
  }

  /**
   * Confirms a proposal, as corrected when {@code corrected} is given: logs the request and enters
   * the draft response. The proposal is gone afterwards.
   *
   * @throws ValidationProblem when the request cannot be logged (nothing is saved; the proposal is
   *     kept for correction)
   */
  Confirmed confirm(String id, ImportProposal corrected, String channel, String actor) {
    get(id);
    ImportStore.Kept kept = store.remove(id).orElseThrow(Imports::gone);
    ImportProposal p = corrected != null ? corrected : kept.reading().proposal();
    Logged logged;
    try {
      logged = requests.log(newRequest(p, channel), actor, false);
    } catch (RuntimeException e) {
      store.restore(kept);
      throw e;
    }
    String ref = logged.reference();
    List<String> notEntered = new ArrayList<>();
    Set<Integer> numbers =
        p.questions().stream()
            .map(ProposedQuestion::number)
            .filter(n -> n != null)
            .collect(Collectors.toSet());
    Map<Integer, Integer> answerOf = new HashMap<>();
    for (ProposedAnswer a : p.answers()) {
      List<Integer> qs = a.questions().stream().filter(numbers::contains).toList();
      attempt(
          notEntered,
          "the answer to " + Proposals.numbers(a.questions()),
          () -> {
            int position =
                answers.saveAnswer(
                    ref, null, new AnswerInput(qs, paragraphs(a.text()), true), actor);
            qs.forEach(q -> answerOf.putIfAbsent(q, position));
          });
    }
    for (ProposedOutcome o : p.outcomes()) {
      if (o.question() != null && numbers.contains(o.question())) {
        attempt(
            notEntered,
            "the outcome of question " + o.question(),
            () -> answers.setOutcome(ref, o.question(), o.outcome(), actor));
      }
    }
    Regime regime = Regime.valueOf(p.regime().strip().toUpperCase(Locale.ROOT));
    for (ProposedCitation c : p.citations()) {
      attempt(
          notEntered,
          c.provision() + " for " + Proposals.numbers(c.questions()),
          () -> citations.citeFor(ref, null, citation(c, regime), actor));
    }
    if (!p.costs().isEmpty()
        || p.statedHours() != null
        || (costRefused(p) && (p.costStatement() != null || p.advice() != null))) {
      attempt(notEntered, "the cost estimate", () -> costs.assessCost(ref, null, cost(p), actor));
    }
    if (p.licenceStatement() != null && !p.licenceStatement().isBlank()) {
      attempt(
          notEntered,
          "the licence statement",
          () -> notices.setLicenceStatement(ref, p.licenceStatement(), actor));
    }
    if (p.reviewProcedure() != null || p.complaintRights() != null) {
      attempt(
          notEntered,
          "the review procedure and complaint rights",
          () -> notices.setNotice(ref, p.reviewProcedure(), p.complaintRights(), actor));
    }
    int n = 0;
    for (ProposedTable t : p.tables()) {
      n++;
      String what =
          "the table "
              + (t.caption() == null ? n + " " : "\"" + t.caption() + "\" ")
              + "for "
              + Proposals.numbers(t.questions());
      Integer position =
          t.questions().stream()
              .map(answerOf::get)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (position == null) {
        notEntered.add(what + ": no answer entered to hold it; enter it on the response page");
        continue;
      }
      int number = n;
      attempt(
          notEntered,
          what,
          () ->
              answers.addTable(
                  ref,
                  position,
                  ProposedTables.grid(t),
                  ProposedTables.layout(t, number),
                  "tables",
                  actor));
    }
    enterThread(ref, p, actor, notEntered);
    return new Confirmed(
        ref, logged.accessCode(), "/api/requests/" + ref, "/api/responses/" + ref, notEntered);
  }

  /**
   * Enters what the thread adds: the acknowledgement (as correspondence), the clock events (each
   * checked by the clock as an officer's would be) and the internal reviews (which the model holds
   * only for a sent response, so a draft lists them); a change of regime without its date,
   * instalments and precedents have no place in a draft and are listed for the officer.
   */
  private void enterThread(String ref, ImportProposal p, String actor, List<String> notEntered) {
    if (p.acknowledged() != null && !p.acknowledged().isBlank()) {
      attempt(
          notEntered,
          "the acknowledgement of " + p.acknowledged(),
          () ->
              correspondence.record(
                  ref, version(ref), "ACKNOWLEDGED", DateField.iso(p.acknowledged()), "", actor));
    }
    for (ProposedClockEvent e : p.clockEvents()) {
      String what = "the clock event " + e.kind() + (e.date() == null ? "" : " of " + e.date());
      attempt(
          notEntered,
          what,
          () ->
              requests.recordClockEvent(
                  ref,
                  version(ref),
                  ClockEventKind.valueOf(e.kind()),
                  e.date() == null ? DateField.empty() : DateField.iso(e.date()),
                  e.newDue() == null ? DateField.empty() : DateField.iso(e.newDue()),
                  actor));
    }
    for (ProposedReview r : p.reviews()) {
      String what = "internal review " + r.number();
      if (r.requested() == null) {
        notEntered.add(what + ": the date it was asked for is not stated");
        continue;
      }
      attempt(
          notEntered,
          what,
          () -> {
            reviews.requestReview(
                ref,
                version(ref),
                LocalDate.parse(r.requested()),
                r.acknowledged() == null ? null : LocalDate.parse(r.acknowledged()),
                r.statedDue() == null ? null : LocalDate.parse(r.statedDue()),
                actor);
            if (r.decided() != null && r.outcome() != null) {
              reviews.decideReview(
                  ref, null, NOT_STATED, r.outcome(), null, LocalDate.parse(r.decided()), actor);
            }
          });
    }
    if (p.regimeChange() != null) {
      notEntered.add(
          "the change of regime from "
              + p.regimeChange().from()
              + " to "
              + p.regimeChange().to()
              + ": the letter does not date it; record it on the request page");
    }
    for (ProposedInstalment i : p.instalments()) {
      notEntered.add(
          "instalment "
              + i.number()
              + (i.sent() == null ? "" : " sent " + i.sent())
              + ": a draft response is sent once; record the parts when sending");
    }
    for (ProposedPrecedent x : p.precedents()) {
      notEntered.add(
          "the precedent "
              + x.reference()
              + ": the response holds no precedents; cite it in the answer or a reason");
    }
  }

  private static long version(String ref) {
    return FoiRequest.findByReference(ref).map(r -> r.version).orElse(0L);
  }

  private static void attempt(List<String> notEntered, String what, Runnable action) {
    try {
      action.run();
    } catch (ValidationProblem e) {
      notEntered.add(
          what
              + ": "
              + e.errors().stream().map(FieldError::message).collect(Collectors.joining("; ")));
    } catch (RuntimeException e) {
      notEntered.add(what + ": " + e.getMessage());
    }
  }

  private static NewRequest newRequest(ImportProposal p, String channel) {
    List<FieldError> errors = new ArrayList<>();
    regime(p.regime(), errors);
    if (p.regime() == null || p.regime().isBlank()) {
      errors.add(new FieldError("regime", "Choose FOIA or EIR"));
    }
    date(p.received(), "received", errors);
    date(p.statedDue(), "statedDue", errors);
    List<NewRequest.QuestionDraft> questions = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (ProposedQuestion q : p.questions()) {
      if (q.text() == null || q.text().isBlank()) {
        continue;
      }
      if (q.number() == null || q.number() < 1) {
        errors.add(new FieldError("questions", "Number each question 1 or more"));
        continue;
      }
      questions.add(new NewRequest.QuestionDraft(q.number().toString(), q.text()));
      text.append(text.isEmpty() ? "" : "\n\n").append(q.number()).append(". ").append(q.text());
    }
    if (questions.isEmpty()) {
      errors.add(new FieldError("questions", "Enter at least one of the requester's questions"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String summary =
        p.summary() == null || p.summary().isBlank()
            ? Proposals.summary(p.questions().stream().filter(q -> q.text() != null).toList())
            : p.summary();
    List<String> refs = p.references().stream().filter(r -> r != null && !r.isBlank()).toList();
    boolean receivedStated = p.received() != null && !p.received().isBlank();
    return new NewRequest(
        p.regime().strip().toUpperCase(Locale.ROOT),
        receivedStated ? DateField.iso(p.received()) : DateField.empty(),
        channel == null || channel.isBlank() ? "EMAIL" : channel,
        summary,
        NOT_STATED,
        NOT_STATED,
        text.toString(),
        p.preamble(),
        questions,
        p.postscript(),
        refs.isEmpty() ? null : refs.get(0),
        refs.size() > 1 ? refs.subList(1, refs.size()) : List.of(),
        p.statedDue() == null ? DateField.empty() : DateField.iso(p.statedDue()),
        !receivedStated);
  }

  /** The answer's paragraphs as the letter sets them out ({@link LetterReader#paragraphs}). */
  static List<String> paragraphs(String text) {
    return LetterReader.paragraphs(text).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static CitationGroupInput citation(ProposedCitation c, Regime regime) {
    String code = c.code();
    if (code == null || code.isBlank()) {
      code =
          Provision.<Provision>list("reference = ?1 and regime = ?2", c.provision(), regime)
              .stream()
              .map(x -> x.code)
              .findFirst()
              .orElse(null);
    }
    PublicInterestInput pi =
        c.publicInterest() == null
            ? null
            : new PublicInterestInput(
                join(c.publicInterest().argumentsFor()),
                join(c.publicInterest().against()),
                c.publicInterest().conclusion());
    return new CitationGroupInput(
        code, c.questions(), null, c.reasons(), pi, null, null, null, null);
  }

  private static String join(List<String> paragraphs) {
    return paragraphs == null || paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  private static CostInput cost(ImportProposal p) {
    List<CostLineInput> lines = new ArrayList<>();
    for (ProposedCost c : p.costs()) {
      Integer each = whole(c.minutesEach());
      Integer max = whole(c.minutesEachMax());
      if (c.units() != null && each != null) {
        lines.add(
            new CostLineInput(
                c.activity(), c.description(), null, c.units(), each, max == null ? each : max));
      } else {
        Integer minutes =
            c.hours() == null ? null : c.hours().multiply(BigDecimal.valueOf(60)).intValue();
        lines.add(new CostLineInput(c.activity(), c.description(), minutes));
      }
    }
    Set<Integer> refused = new TreeSet<>();
    p.outcomes().stream()
        .filter(o -> Outcome.REFUSED_COST_LIMIT.name().equals(o.outcome()))
        .forEach(o -> refused.add(o.question()));
    p.citations().stream()
        .filter(c -> "FOIA-12".equals(c.code()) || "EIR-12-4-b".equals(c.code()))
        .forEach(c -> refused.addAll(c.questions()));
    return new CostInput(
        null,
        null,
        List.copyOf(refused),
        p.costStatement(),
        p.advice(),
        lines,
        null,
        p.statedHours());
  }

  /** Whether the proposal refuses some question on cost (FOIA s.12, EIR reg 12(4)(b)). */
  private static boolean costRefused(ImportProposal p) {
    return p.outcomes().stream()
            .anyMatch(o -> Outcome.REFUSED_COST_LIMIT.name().equals(o.outcome()))
        || p.citations().stream()
            .anyMatch(c -> "FOIA-12".equals(c.code()) || "EIR-12-4-b".equals(c.code()));
  }

  private static Integer whole(BigDecimal b) {
    if (b == null) {
      return null;
    }
    try {
      return b.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static Optional<Regime> regime(String regime, List<FieldError> errors) {
    if (regime == null || regime.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Regime.valueOf(regime.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("regime", "Choose FOIA or EIR, or leave the law out"));
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, field + " must be a date like 2024-05-10"));
      return Optional.empty();
    }
  }

  private static NotFoundProblem gone() {
    return new NotFoundProblem(
        "No proposal with this id: it was confirmed, abandoned, or has expired");
  }
}
