package uk.foitracker.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.imports.ImportProposal.ProposedClockEvent;
import uk.foitracker.imports.ImportProposal.ProposedInstalment;
import uk.foitracker.imports.ImportProposal.ProposedPrecedent;
import uk.foitracker.imports.ImportProposal.ProposedRegimeChange;
import uk.foitracker.imports.ImportProposal.ProposedReview;
import uk.foitracker.imports.Proposals.Mark;
import uk.foitracker.reading.Read;
import uk.foitracker.reading.ReadThread;
import uk.foitracker.reading.ReadThread.ReadClockEvent;
import uk.foitracker.reading.ReadThread.ReadInstalment;
import uk.foitracker.reading.ReadThread.ReadReview;
import uk.foitracker.reading.Span;

/**
 * What an e-mail thread adds to the proposal: internal reviews, clock events and instalments (as
 * {@code reading.ThreadReader} reads them), and what the importer reads itself, conservatively: the
 * date the request was acknowledged, a stated switch between FOIA and EIR, and the earlier
 * decisions and requests the letter cites. Every element has its mark; those read from words alone
 * (the switch, an earlier request) are always for the officer to check.
 */
final class ThreadProposals {
  private ThreadProposals() {}

  /** The additions, with the marks and check flags they bring. */
  record Added(
      String acknowledged,
      List<ProposedReview> reviews,
      List<ProposedClockEvent> clockEvents,
      List<ProposedInstalment> instalments,
      ProposedRegimeChange regimeChange,
      List<ProposedPrecedent> precedents) {}

  private static final String DATE =
      "(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July|August"
          + "|September|October|November|December)\\s+(\\d{4})";

  /** "We acknowledged your request on 3 May 2024", "acknowledged receipt ... on 3 May 2024". */
  private static final Pattern ACKNOWLEDGED =
      Pattern.compile(
          "\\b(?:we|I)\\s+acknowledged\\s+(?:receipt\\s+of\\s+)?your\\s+(?:request|e-?mail)"
              + "[^.\\n]{0,40}?\\bon\\s+"
              + DATE,
          Pattern.CASE_INSENSITIVE);

  /** ICO decision notices: FS50123456, IC-123456-A1B2. */
  private static final Pattern DECISION_NOTICE =
      Pattern.compile("\\b(FS5\\d{7}|IC-\\d{5,7}-[A-Z0-9]{4})\\b");

  /** "our reference FOI 1234 ... previously", "a previous request (reference 1234)". */
  private static final Pattern EARLIER_REQUEST =
      Pattern.compile(
          "\\b(?:previous(?:ly)?|earlier)\\b[^.\\n]{0,80}?\\b(?:our\\s+)?ref(?:erence)?\\.?"
              + "\\s*(?:no\\.?\\s*|number\\s*)?:?\\s*([A-Z]{0,6}[-/ ]?\\d[\\w/-]{2,20})",
          Pattern.CASE_INSENSITIVE);

  /** "has been considered under the Environmental Information Regulations". */
  private static final Pattern TO_EIR =
      Pattern.compile(
          "\\b(?:considered|dealt\\s+with|handled|processed|responded\\s+to)\\s+(?:it\\s+|this\\s+"
              + "|your\\s+request\\s+)?under\\s+the\\s+Environmental\\s+Information\\s+"
              + "Regulations",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FOIA_NAMED =
      Pattern.compile("Freedom\\s+of\\s+Information\\s+Act", Pattern.CASE_INSENSITIVE);

  static Added read(String text, ReadThread thread, List<Mark> marks, List<String> check) {
    List<ProposedReview> reviews = new ArrayList<>();
    for (ReadReview r : thread.reviews()) {
      String name = "internal review " + r.number();
      reviews.add(
          new ProposedReview(
              r.number(),
              date(Optional.of(r.requested()), name + " requested", marks, check),
              date(r.acknowledged(), name + " acknowledged", marks, check),
              date(r.statedDue(), name + " stated due", marks, check),
              date(r.decided(), name + " decided", marks, check),
              r.outcome().map(Enum::name).orElse(null)));
    }
    List<ProposedClockEvent> events = new ArrayList<>();
    for (ReadClockEvent e : thread.events()) {
      String name = "clock event " + (events.size() + 1) + " " + e.kind().name();
      events.add(
          new ProposedClockEvent(
              e.kind().name(),
              date(Optional.of(e.date()), name, marks, check),
              date(e.newDue(), name + " new due date", marks, check)));
    }
    List<ProposedInstalment> instalments = new ArrayList<>();
    for (ReadInstalment i : thread.instalments()) {
      String name = "instalment " + i.number();
      marks.add(new Mark(name, i.message().start(), i.message().end(), i.sent().sure()));
      instalments.add(
          new ProposedInstalment(
              i.number(),
              date(Optional.of(i.sent()), name + " sent", marks, check),
              i.moreToFollow()));
    }
    return new Added(
        acknowledged(text, marks, check),
        reviews,
        events,
        instalments,
        regimeChange(text, marks, check),
        precedents(text, marks, check));
  }

  private static String acknowledged(String text, List<Mark> marks, List<String> check) {
    Matcher m = ACKNOWLEDGED.matcher(text);
    if (!m.find()) {
      return null;
    }
    Optional<LocalDate> d = parse(m.group(1), m.group(2), m.group(3));
    if (d.isEmpty()) {
      return null;
    }
    marks.add(new Mark("acknowledged", m.start(), m.end(), true));
    return d.get().toString();
  }

  private static ProposedRegimeChange regimeChange(
      String text, List<Mark> marks, List<String> check) {
    Matcher m = TO_EIR.matcher(text);
    if (!m.find() || !FOIA_NAMED.matcher(text).find()) {
      return null;
    }
    marks.add(new Mark("regime change", m.start(), m.end(), false));
    check.add("regime change");
    return new ProposedRegimeChange("FOIA", "EIR", m.group().replaceAll("\\s+", " "));
  }

  private static List<ProposedPrecedent> precedents(
      String text, List<Mark> marks, List<String> check) {
    List<ProposedPrecedent> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = DECISION_NOTICE.matcher(text);
    while (m.find()) {
      if (seen.add(m.group(1))) {
        found.add(new ProposedPrecedent(m.group(1), "DECISION_NOTICE", sentence(text, m.start())));
        marks.add(new Mark("precedent " + m.group(1), m.start(1), m.end(1), true));
      }
    }
    m = EARLIER_REQUEST.matcher(text);
    while (m.find()) {
      String ref = m.group(1).strip();
      if (seen.add(ref)) {
        found.add(new ProposedPrecedent(ref, "EARLIER_REQUEST", sentence(text, m.start())));
        marks.add(new Mark("precedent " + ref, m.start(), m.end(), false));
        check.add("precedent " + ref);
      }
    }
    return found;
  }

  /** The sentence around {@code at}, on one line. */
  private static String sentence(String text, int at) {
    int start = Math.max(text.lastIndexOf(". ", at) + 1, text.lastIndexOf('\n', at) + 1);
    int end = text.indexOf('.', at);
    int line = text.indexOf('\n', at);
    if (end < 0 || (line >= 0 && line < end)) {
      end = line < 0 ? text.length() : line;
    } else {
      end++;
    }
    return text.substring(Math.max(0, start), end).replaceAll("\\s+", " ").strip();
  }

  private static String date(
      Optional<Read<LocalDate>> read, String name, List<Mark> marks, List<String> check) {
    if (read.isEmpty()) {
      return null;
    }
    Read<LocalDate> d = read.get();
    Span s = d.span();
    marks.add(new Mark(name, s.start(), s.end(), d.sure()));
    if (!d.sure()) {
      check.add(name);
    }
    return d.value().toString();
  }

  private static Optional<LocalDate> parse(String day, String month, String year) {
    try {
      return Optional.of(
          LocalDate.parse(
              day + " " + month + " " + year,
              DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
