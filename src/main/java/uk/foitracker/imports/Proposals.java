package uk.foitracker.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.foitracker.imports.ImportProposal.ProposedAnswer;
import uk.foitracker.imports.ImportProposal.ProposedCell;
import uk.foitracker.imports.ImportProposal.ProposedCitation;
import uk.foitracker.imports.ImportProposal.ProposedCost;
import uk.foitracker.imports.ImportProposal.ProposedOutcome;
import uk.foitracker.imports.ImportProposal.ProposedPublicInterest;
import uk.foitracker.imports.ImportProposal.ProposedQuestion;
import uk.foitracker.imports.ImportProposal.ProposedRow;
import uk.foitracker.imports.ImportProposal.ProposedTable;
import uk.foitracker.reading.LetterReader;
import uk.foitracker.reading.Read;
import uk.foitracker.reading.ReadCitation;
import uk.foitracker.reading.ReadCost;
import uk.foitracker.reading.ReadLetter;
import uk.foitracker.reading.ReadPublicInterest;
import uk.foitracker.reading.ReadQuestion;
import uk.foitracker.reading.Span;
import uk.foitracker.reading.TableReader;
import uk.foitracker.rules.Regime;

/**
 * Builds the proposal from a letter: what {@link LetterReader} reads, mapped to the fields of the
 * API, with where each element was read (to highlight it) and whether the reading is sure. Pure: no
 * state, nothing saved.
 */
final class Proposals {
  private Proposals() {}

  /** Where an element of the proposal was read, and whether a person should check it. */
  record Mark(String element, int start, int end, boolean sure) {}

  /**
   * The proposal with its marks: {@code check} names the elements the reader is unsure of, {@code
   * unread} what it looked for and did not find.
   */
  record Reading(
      ImportProposal proposal, List<Mark> marks, List<String> check, List<String> unread) {
    Reading {
      marks = List.copyOf(marks);
      check = List.copyOf(check);
      unread = List.copyOf(unread);
    }
  }

  /**
   * Reads {@code text}; {@code regime} and {@code received}, when given, stand for what the letter
   * says.
   */
  static Reading read(String text, Optional<Regime> regime, Optional<LocalDate> received) {
    ReadLetter r = LetterReader.read(text);
    List<Mark> marks = new ArrayList<>();
    List<String> check = new ArrayList<>();
    List<String> unread = new ArrayList<>(r.unread());

    Regime law = regime.orElse(r.regime().value());
    if (regime.isEmpty()) {
      if (r.regime().span().end() > r.regime().span().start()) {
        marks.add(mark("regime", r.regime().span(), r.regime().sure()));
      }
      if (!r.regime().sure()) {
        check.add("regime");
      }
    } else {
      unread.remove("the regime (FOIA or EIR): FOIA assumed");
    }

    List<String> references = new ArrayList<>();
    for (AuthorityReferences.Found f : AuthorityReferences.read(text)) {
      references.add(f.text());
      marks.add(mark("reference " + f.text(), f.span(), f.labelled()));
      if (!f.labelled()) {
        check.add("reference " + f.text());
      }
    }
    if (references.isEmpty()) {
      unread.add("the authority's reference");
    }

    String receivedOn = received.map(LocalDate::toString).orElse(null);
    if (received.isPresent()) {
      unread.remove("the date the request was received");
    } else {
      receivedOn = date(r.received(), "received", marks, check);
    }
    String sent = date(r.sent(), "sent", marks, check);
    String statedDue = date(r.statedDue(), "statedDue", marks, check);

    List<ProposedQuestion> questions = new ArrayList<>();
    List<ProposedOutcome> outcomes = new ArrayList<>();
    Map<String, List<Integer>> byAnswer = new LinkedHashMap<>();
    Map<String, ReadQuestion> answerOf = new LinkedHashMap<>();
    for (ReadQuestion q : r.questions()) {
      if (q.text().isBlank()) {
        continue;
      }
      questions.add(new ProposedQuestion(q.number(), q.text()));
      marks.add(mark("question " + q.number(), q.span(), q.sure()));
      if (!q.sure()) {
        check.add("question " + q.number());
      }
      q.outcome().ifPresent(o -> outcomes.add(new ProposedOutcome(q.number(), o.name())));
      if (q.answerKey() != null && !q.answer().isBlank()) {
        byAnswer.computeIfAbsent(q.answerKey(), k -> new ArrayList<>()).add(q.number());
        answerOf.putIfAbsent(q.answerKey(), q);
      }
    }
    List<ProposedAnswer> answers = new ArrayList<>();
    List<Span> tableSpans =
        TableReader.read(text, r.questions()).stream().map(TableReader.ReadTable::span).toList();
    for (Map.Entry<String, List<Integer>> e : byAnswer.entrySet()) {
      ReadQuestion q = answerOf.get(e.getKey());
      answers.add(new ProposedAnswer(e.getValue(), withoutTables(text, q, tableSpans)));
      if (q.answerSpan() != null) {
        marks.add(mark("answer to " + numbers(e.getValue()), q.answerSpan(), q.sure()));
      }
    }

    List<ProposedCitation> citations = new ArrayList<>();
    for (ReadCitation c : r.citations()) {
      citations.add(
          new ProposedCitation(
              c.reference(),
              c.questions(),
              c.ncnd(),
              c.publicInterest().map(Proposals::publicInterest).orElse(null),
              c.code(),
              c.reasons().isBlank() ? null : c.reasons()));
      String name = "citation " + c.reference() + " " + numbers(c.questions());
      marks.add(mark(name, c.span(), c.sure()));
      if (!c.sure()) {
        check.add(name);
      }
    }

    BigDecimal statedHours = r.statedMinutes().map(m -> hours(m.value())).orElse(null);
    r.statedMinutes().ifPresent(m -> marks.add(mark("stated hours", m.span(), m.sure())));
    List<ProposedCost> costs = new ArrayList<>();
    for (ReadCost c : r.costs()) {
      costs.add(
          new ProposedCost(
              c.description(),
              c.units(),
              c.minutesEach() == null ? null : plain(c.minutesEach()),
              null,
              hours(c.minutes()),
              r.costs().size() == 1 ? statedHours : null,
              c.activity()));
      marks.add(mark("cost line " + (costs.size()), c.span(), c.sure()));
      if (!c.sure()) {
        check.add("cost line " + costs.size());
      }
    }

    ThreadProposals.Added added = ThreadProposals.read(text, r.thread(), marks, check);
    ImportProposal proposal =
        new ImportProposal(
            law.name(),
            references,
            receivedOn,
            sent,
            statedDue,
            questions,
            outcomes,
            tables(text, r.questions()),
            citations,
            costs,
            summary(questions),
            answers,
            statedHours,
            r.reviewProcedure().map(Read::value).orElse(null),
            r.complaintRights().map(Read::value).orElse(null),
            r.costStatement().isBlank() ? null : r.costStatement(),
            r.advice().isBlank() ? null : r.advice(),
            added.acknowledged(),
            added.reviews(),
            added.clockEvents(),
            added.instalments(),
            added.regimeChange(),
            added.precedents(),
            r.preamble().map(Read::value).orElse(null),
            r.postscript().map(Read::value).orElse(null),
            r.licenceStatement().map(Read::value).orElse(null));
    r.preamble().ifPresent(v -> marks.add(mark("preamble", v.span(), v.sure())));
    r.postscript().ifPresent(v -> marks.add(mark("postscript", v.span(), v.sure())));
    r.licenceStatement().ifPresent(v -> marks.add(mark("licence statement", v.span(), v.sure())));
    r.reviewProcedure().ifPresent(v -> marks.add(mark("review procedure", v.span(), v.sure())));
    r.complaintRights().ifPresent(v -> marks.add(mark("complaint rights", v.span(), v.sure())));
    return new Reading(proposal, marks, check, unread);
  }

  /**
   * The answer's words without the tables read in it (they are proposed as tables, not again as
   * paragraphs); the answer as read when it is a table and nothing else.
   */
  static String withoutTables(String text, ReadQuestion q, List<Span> tables) {
    Span a = q.answerSpan();
    if (a == null) {
      return q.answer();
    }
    List<Span> inside =
        tables.stream()
            .filter(t -> t.start() >= a.start() && t.end() <= a.end())
            .sorted(Comparator.comparingInt(Span::start))
            .toList();
    if (inside.isEmpty()) {
      return q.answer();
    }
    StringBuilder b = new StringBuilder();
    int at = a.start();
    for (Span t : inside) {
      if (t.start() >= at) {
        b.append(text, at, t.start()).append("\n\n");
        at = t.end();
      }
    }
    b.append(text, at, a.end());
    // a line left of a table's blank corner (a tab, a no-break space) is no paragraph
    String words =
        QUESTION_MARK_LINE.matcher(b).replaceAll("").replaceAll("(?m)^[ \\t\u00a0]+$", "").strip();
    return words.isEmpty() ? q.answer() : words;
  }

  /** A line that is only a question's marker ("Question 5"), as the reader leaves it out. */
  private static final Pattern QUESTION_MARK_LINE =
      Pattern.compile("(?im)^[ \\t]*(?:Q|Question)\\s*\\d{1,3}\\s*[.):\\-]?\\s*$");

  /**
   * The tables of the letter as {@link TableReader} reads them, each attributed to the question it
   * sits under; a cell keeps its text as written and the state the reader gave it.
   */
  static List<ProposedTable> tables(String text, List<ReadQuestion> questions) {
    List<ProposedTable> tables = new ArrayList<>();
    for (TableReader.ReadTable t : TableReader.read(text, questions)) {
      tables.add(
          new ProposedTable(
              t.caption(),
              t.questions(),
              t.columnHeaders(),
              t.rows().stream()
                  .map(
                      r ->
                          new ProposedRow(
                              r.header(),
                              r.cells().stream()
                                  .map(c -> new ProposedCell(c.text(), c.state()))
                                  .toList()))
                  .toList(),
              t.totalRows(),
              t.cornerLabel(),
              countsPeople(t.questions(), questions)));
    }
    return tables;
  }

  /** Asking how many people: "how many people", "the number of children", "how many victims". */
  private static final Pattern HOW_MANY_PEOPLE =
      Pattern.compile(
          "(?i)\\b(?:how\\s+many|(?:the\\s+)?number\\s+of)\\s+(?:[\\w'’-]+\\s+){0,3}?"
              + "(?:people|persons|individuals|child(?:ren)?|young\\s+people|pupils|students"
              + "|victims|patients|adults|staff|employees|officers|families|service\\s+users)\\b");

  /**
   * True when every question the table answers asks how many people (children, victims, staff): the
   * letter's own words say what it counts; null when it does not say.
   */
  static Boolean countsPeople(List<Integer> answers, List<ReadQuestion> questions) {
    List<ReadQuestion> asked =
        questions.stream().filter(q -> answers.contains(q.number())).toList();
    return !asked.isEmpty()
            && asked.stream().allMatch(q -> HOW_MANY_PEOPLE.matcher(q.text()).find())
        ? Boolean.TRUE
        : null;
  }

  private static ProposedPublicInterest publicInterest(ReadPublicInterest pi) {
    return new ProposedPublicInterest(
        pi.argumentsFor(),
        pi.argumentsAgainst(),
        pi.conclusion().isBlank() ? null : pi.conclusion());
  }

  private static String date(
      Optional<Read<LocalDate>> read, String name, List<Mark> marks, List<String> check) {
    if (read.isEmpty()) {
      return null;
    }
    Read<LocalDate> d = read.get();
    marks.add(mark(name, d.span(), d.sure()));
    if (!d.sure()) {
      check.add(name);
    }
    return d.value().toString();
  }

  private static Mark mark(String element, Span span, boolean sure) {
    return new Mark(element, span.start(), span.end(), sure);
  }

  /** Minutes as hours, to one decimal place (66.7). */
  static BigDecimal hours(int minutes) {
    return plain(
        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
  }

  /** Without trailing zeros, never in exponent form (60, not 6E+1). */
  static BigDecimal plain(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** "questions 4, 5" or "question 1". */
  static String numbers(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "(no question)";
    }
    StringBuilder b = new StringBuilder(numbers.size() == 1 ? "question " : "questions ");
    for (int i = 0; i < numbers.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(numbers.get(i));
    }
    return b.toString();
  }

  /** The first question's words, cut at a word within 150 characters: the request's summary. */
  static String summary(List<ProposedQuestion> questions) {
    if (questions.isEmpty()) {
      return null;
    }
    String t = questions.get(0).text().replaceAll("\\s+", " ").strip();
    if (t.length() <= 150) {
      return t;
    }
    int cut = t.lastIndexOf(' ', 150);
    return t.substring(0, cut < 60 ? 150 : cut) + "…";
  }
}
