package uk.foitracker.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.rules.Outcome;

/**
 * One real response from {@code ../shared/examples/}, transcribed by hand: what the letter states,
 * as it states it. A date, reference or figure the letter does not state is null, never guessed.
 * Every text here is checked against the letter file by {@link TranscriptionTest}, so the
 * transcription cannot drift from the letter.
 */
record Example(
    String file,
    String key,
    String authority,
    String regime,
    String regimeAsRequested,
    List<Reference> references,
    LocalDate received,
    LocalDate acknowledged,
    LocalDate statedDue,
    List<LocalDate> holdingEmails,
    List<Instalment> instalments,
    String summary,
    String preamble,
    List<Question> questions,
    String postscript,
    List<Answer> answers,
    List<Citation> citations,
    Cost cost,
    Rights rights,
    List<Review> reviews,
    Licence licence,
    List<Attachment> attachments,
    List<Related> related) {

  /**
   * An authority's reference as the letter writes it; {@code leads} marks the one it leads with.
   */
  record Reference(String text, String label, boolean leads, boolean inBody) {}

  /**
   * A question as the requester wrote it: {@code label} is the requester's own numbering ("1a",
   * "Question 3") or null when unnumbered; {@code heading} a heading it sits under, or null. {@code
   * outcome} is the transcriber's reading of the answer (letters rarely name one).
   */
  record Question(String label, String heading, String text, Outcome outcome) {}

  /** What the letter says for a set of questions (1-based positions), in which instalment. */
  record Answer(
      List<Integer> questions, List<String> paragraphs, List<Table> tables, int instalment) {}

  /** How a table's blank or "-" cells are to be read. */
  enum BlankMeaning {
    /** No blank or "-" cell in the table. */
    NONE,
    /** Zero: the table's own totals add up only if it is zero. */
    ZERO,
    /** The letter does not say and no total shows it: kept as written, meaning not stated. */
    NOT_STATED
  }

  /**
   * A table with every cell as written ("" for blank, "-", "<5", numbers). {@code columns} are the
   * column headings after the corner label; a row is a total when the letter labels it so; {@code
   * lastColumnTotal} when the last column is a total. {@code note} is a note under the table.
   */
  record Table(
      String caption,
      String corner,
      List<String> columns,
      List<Row> rows,
      BlankMeaning blank,
      boolean lastColumnTotal,
      String note) {
    boolean hasBlankCells() {
      return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(String::isEmpty);
    }

    int cellCount() {
      return rows.stream().mapToInt(r -> r.cells().size()).sum();
    }
  }

  record Row(String label, List<String> cells, boolean total) {
    static Row of(String label, String... cells) {
      return new Row(label, List.of(cells), false);
    }

    static Row total(String label, String... cells) {
      return new Row(label, List.of(cells), true);
    }
  }

  /**
   * A ground as cited: {@code provision} at the level the letter cites it ("s.43(2)", "reg
   * 12(5)(e)"); {@code code} today's catalogue entry nearest to it; {@code alsoCites} provisions
   * the reasons invoke as part of the test (reg 12(1)(b), 12(2)); the public interest paragraphs.
   */
  record Citation(
      String provision,
      String code,
      List<Integer> questions,
      List<String> reasons,
      List<String> alsoCites,
      List<String> publicInterestFor,
      List<String> publicInterestAgainst,
      List<String> publicInterestConclusion) {
    boolean hasPublicInterest() {
      return !publicInterestFor.isEmpty()
          || !publicInterestAgainst.isEmpty()
          || !publicInterestConclusion.isEmpty();
    }
  }

  /**
   * A cost line: the activity (today's {@link uk.foitracker.cost.Activity} name), the basis as
   * written, the units and minutes each when stated, and the minutes of the line when stated
   * ({@code minutesUsed} is what is entered when the letter leaves the line's total to be derived).
   */
  record CostLine(
      String activity,
      String basis,
      Integer units,
      String minutesEach,
      Integer minutes,
      int minutesUsed) {}

  record Cost(
      List<Integer> questions,
      List<CostLine> lines,
      String statedHours,
      String statement,
      String advice) {
    int minutesUsed() {
      return lines.stream().mapToInt(CostLine::minutesUsed).sum();
    }
  }

  /** The rights as sent: the internal review procedure and the right to complain. */
  record Rights(String reviewProcedure, String complaintRights) {}

  record Review(
      LocalDate requested,
      LocalDate receivedByAuthority,
      LocalDate acknowledged,
      LocalDate statedDue,
      LocalDate decided,
      String reviewer,
      String outcome,
      List<String> decision) {}

  /** The licence, the re-use statement as written and the attribution statement. */
  record Licence(String name, String statement, String attribution) {}

  /** One sending: its date and the questions (1-based) it answers. */
  record Instalment(LocalDate sentOn, List<Integer> questions) {}

  record Attachment(String name, String size, int instalment) {}

  /** A request this one belongs with: how (narrowed, repeated, aggregated) and what is stated. */
  record Related(String kind, String stated) {}

  LocalDate sentOn() {
    return instalments.get(0).sentOn();
  }

  Rights rightsOrEmpty() {
    return rights;
  }

  Reference leadReference() {
    return references.stream().filter(Reference::leads).findFirst().orElse(null);
  }

  /** Every text here that must occur in the letter (whitespace-normalised). */
  List<String> verbatim() {
    List<String> all = new ArrayList<>();
    references.forEach(r -> all.add(r.text()));
    if (preamble != null) all.add(preamble);
    if (postscript != null) all.add(postscript);
    for (Question q : questions) {
      all.add(q.text());
      if (q.heading() != null) all.add(q.heading());
    }
    for (Answer a : answers) {
      all.addAll(a.paragraphs());
      for (Table t : a.tables()) {
        if (t.caption() != null) all.add(t.caption());
        if (t.note() != null) all.add(t.note());
      }
    }
    for (Citation c : citations) {
      all.addAll(c.reasons());
      all.addAll(c.publicInterestFor());
      all.addAll(c.publicInterestAgainst());
      all.addAll(c.publicInterestConclusion());
    }
    if (cost != null) {
      if (cost.statedHours() != null) all.add(cost.statedHours());
      all.add(cost.statement());
      all.add(cost.advice());
    }
    if (rights != null) {
      all.add(rights.reviewProcedure());
      all.add(rights.complaintRights());
    }
    for (Review r : reviews) {
      all.addAll(r.decision());
      if (r.reviewer() != null) all.add(r.reviewer());
    }
    if (licence != null) {
      all.add(licence.name());
      all.add(licence.statement());
      all.add(licence.attribution());
    }
    attachments.forEach(a -> all.add(a.name()));
    related.forEach(r -> all.add(r.stated()));
    return all.stream().filter(s -> s != null).toList();
  }
}
