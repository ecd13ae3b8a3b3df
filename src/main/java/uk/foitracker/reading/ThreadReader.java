package uk.foitracker.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.reading.ReadThread.Kind;
import uk.foitracker.reading.ReadThread.ReadClockEvent;
import uk.foitracker.reading.ReadThread.ReadReview;
import uk.foitracker.rules.ReviewOutcome;

/**
 * Reads the clock of an e-mail thread: clarification asked for and given, fees notices, s.10(3) and
 * EIR reg 7 extensions, internal reviews asked for, acknowledged and decided. Only a thread whose
 * messages carry their dates (as WhatDoTheyKnow shows them: "=== Message 2 of 6 | Council ->
 * Requester | ... timestamp 2023-12-18T12:58 ===") is read: an event is taken only where a message
 * states it, dated by a date written beside it or else by the message's own date. Nothing is
 * guessed; a letter without dated messages reads as {@link ReadThread#NONE}. Pure Java.
 */
public final class ThreadReader {
  private ThreadReader() {}

  private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*={3}.*$");
  private static final Pattern STAMP = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})T\\d{2}:");
  private static final Pattern FROM_REQUESTER = Pattern.compile("(?i)\\|\\s*requester\\s*(?:->|→)");

  private static final Pattern CLARIFY_ASKED =
      Pattern.compile(
          "(?i)would\\s+like\\s+to\\s+clarify|please\\s+(?:could\\s+you\\s+)?clarify"
              + "|could\\s+you\\s+(?:please\\s+)?clarify|(?:seek|seeking|require|need)\\s+"
              + "(?:some\\s+)?(?:further\\s+)?clarification");
  private static final Pattern CLARIFY_THANKS =
      Pattern.compile(
          "(?i)thank(?:s|\\s+you)\\s+for\\s+(?:your|the)\\s+clarification"
              + "|acknowledgement\\s+of\\s+the\\s+clarification");
  private static final Pattern CLARIFY_RECEIVED_ON =
      Pattern.compile(
          "(?is)clarification[^.]{0,200}?received\\s+on\\s+(?:the\\s+)?" + LetterReader.DATE);

  private static final Pattern REG7 =
      Pattern.compile(
          "(?i)regulation\\s+7\\s*\\(\\s*1\\s*\\)|\\breg\\.?\\s*7\\s*\\(\\s*1\\s*\\)"
              + "|complexity\\s+and\\s+volume|volume\\s+and\\s+complexity");
  private static final Pattern S10_3 =
      Pattern.compile("(?i)section\\s+10\\s*\\(\\s*3\\s*\\)|\\bs\\.\\s?10\\s*\\(\\s*3\\s*\\)");
  private static final Pattern EXTENDING =
      Pattern.compile("(?i)\\bextend(?:ing|ed)?\\s+the\\s+(?:deadline|time|20)");
  private static final Pattern NEW_DUE =
      Pattern.compile("(?is)\\b(?:until|to|by|due\\s+on)\\s+(?:the\\s+)?" + LetterReader.DATE);

  private static final Pattern FEES_NOTICE =
      Pattern.compile(
          "(?i)\\bfees?\\s+notice\\b|advance\\s+payment\\s+of\\s+(?:a\\s+)?(?:fee|charge)");
  private static final Pattern FEES_PAID =
      Pattern.compile("(?i)(?:fee|payment)\\s+(?:has\\s+been\\s+|was\\s+)?(?:paid|received)");

  private static final Pattern REVIEW_ASKED =
      Pattern.compile(
          "(?i)(?:request|requesting|ask\\s+for|asking\\s+for)\\s+an\\s+internal\\s+review"
              + "|internal\\s+review\\s+(?:of|into)\\s+(?:the\\s+)?(?:handling|your|sheffield|the)");
  private static final Pattern REVIEW_ACK =
      Pattern.compile(
          "(?is)request\\s+for\\s+(?:an\\s+)?internal\\s+review.{0,400}?received\\s+on\\s+"
              + "(?:the\\s+)?"
              + LetterReader.DATE);
  private static final Pattern REVIEW_DUE =
      Pattern.compile(
          "(?is)working\\s+days,?\\s*(?:i\\.e\\.\\s*)?by\\s+(?:the\\s+)?" + LetterReader.DATE);
  private static final Pattern REVIEW_DECIDED =
      Pattern.compile(
          "(?i)\\bwe\\s+(?:do\\s+not\\s+|partially\\s+|partly\\s+)?uphold\\b"
              + "|\\b(?:is|are|been)\\s+(?:not\\s+|partially\\s+|partly\\s+)?upheld\\b"
              + "|(?:have|has)\\s+(?:now\\s+)?(?:completed|carried\\s+out)\\s+(?:the|your|an)\\s+"
              + "internal\\s+review");
  private static final Pattern UPHELD =
      Pattern.compile(
          "(?i)upheld\\s+the\\s+original\\s+(?:refusal|decision|response)"
              + "|original\\s+(?:refusal|decision|response)\\s+(?:is|was|has\\s+been)\\s+upheld");
  private static final Pattern REVIEW_NAMED = Pattern.compile("(?i)internal\\s+review|complaint");
  private static final Pattern NO_RESPONSE =
      Pattern.compile(
          "(?i)\\byet\\s+to\\s+receive\\b"
              + "|\\b(?:have\\s+not|haven['’]t|has\\s+not|hasn['’]t|still\\s+not)\\s+(?:yet\\s+)?"
              + "(?:received|had)\\s+(?:(?:a|an|any|the)\\s+(?:\\w+\\s+)?)?"
              + "(?:response|reply|answer|anything|information)\\b"
              + "|\\breceived\\s+no\\s+(?:response|reply|update|answer)\\b"
              + "|\\bno\\s+response\\s+(?:yet|has\\s+been)");

  /** One message: where its body is, who sent it and its date. */
  private record Message(int start, int end, boolean fromRequester, Read<LocalDate> date) {}

  /** Reads {@code text}; never null, never throws on text. */
  public static ReadThread read(String text) {
    // "30^th May 2025" (a superscript pasted as text) reads as "30th  May 2025": same length
    String t = text == null ? "" : text.replaceAll("\\^(st|nd|rd|th)\\b", "$1 ");
    List<Message> messages = messages(t);
    if (messages.isEmpty()) {
      return ReadThread.NONE;
    }
    List<ReadClockEvent> events = new ArrayList<>();
    clarification(t, messages, events);
    extensions(t, messages, events);
    fees(t, messages, events);
    List<ReadReview> reviews = reviews(t, messages);
    Optional<Read<String>> noResponse = Optional.empty();
    for (Message m : messages) {
      if (!m.fromRequester()) {
        continue;
      }
      Matcher x = NO_RESPONSE.matcher(t);
      x.region(m.start(), m.end());
      if (x.find()) {
        noResponse = Optional.of(new Read<>(x.group(), new Span(x.start(), x.end()), true));
      }
    }
    return new ReadThread(
        events,
        reviews,
        Optional.of(messages.get(messages.size() - 1).date()),
        noResponse,
        instalments(t, messages));
  }

  // ---- instalments ----

  private static final Pattern MORE_TO_FOLLOW =
      Pattern.compile(
          "(?i)partial\\s+response|further\\s+disclosure\\s+(?:to\\s+you\\s+)?will\\s+be\\s+made"
              + "|(?:remaining|rest\\s+of\\s+the)\\s+information\\s+will\\s+(?:be|follow)"
              + "|more\\s+to\\s+follow");
  private static final Pattern REST_SENT =
      Pattern.compile(
          "(?i)(?:find|attached|enclosed|here\\s+is)\\s+(?:is\\s+)?the\\s+(?:outstanding|remaining)"
              + "\\s+(?:data|information)");

  /**
   * A response the thread states was sent in parts: a message saying more is to follow, and the
   * later messages that send the rest. A response sent whole reads as no instalments.
   */
  private static List<ReadThread.ReadInstalment> instalments(String t, List<Message> messages) {
    List<ReadThread.ReadInstalment> out = new ArrayList<>();
    for (Message m : messages) {
      if (m.fromRequester()) {
        continue;
      }
      boolean more = find(t, m, MORE_TO_FOLLOW).isPresent();
      boolean rest = !out.isEmpty() && find(t, m, REST_SENT).isPresent();
      if ((out.isEmpty() && more) || rest) {
        out.add(
            new ReadThread.ReadInstalment(
                out.size() + 1, new Span(m.start(), m.end()), m.date(), more && !rest));
      }
    }
    return out.size() < 2 ? List.of() : out;
  }

  // ---- messages ----

  private static List<Message> messages(String t) {
    List<Message> out = new ArrayList<>();
    Matcher h = HEADER.matcher(t);
    List<int[]> heads = new ArrayList<>();
    while (h.find()) {
      heads.add(new int[] {h.start(), h.end()});
    }
    for (int i = 0; i < heads.size(); i++) {
      int[] head = heads.get(i);
      String header = t.substring(head[0], head[1]);
      Matcher s = STAMP.matcher(header);
      if (!s.find()) {
        continue;
      }
      LocalDate day;
      try {
        day =
            LocalDate.of(
                Integer.parseInt(s.group(1)),
                Integer.parseInt(s.group(2)),
                Integer.parseInt(s.group(3)));
      } catch (DateTimeException e) {
        continue;
      }
      int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : t.length();
      Read<LocalDate> date =
          new Read<>(day, new Span(head[0] + s.start(), head[0] + s.end()), true);
      out.add(
          new Message(Math.min(head[1], end), end, FROM_REQUESTER.matcher(header).find(), date));
    }
    // dates must run forward for the messages to be a thread
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).date().value().isBefore(out.get(i - 1).date().value())) {
        return List.of();
      }
    }
    return out;
  }

  private static Optional<Matcher> find(String t, Message m, Pattern p) {
    Matcher x = p.matcher(t);
    x.region(m.start(), m.end());
    return x.find() ? Optional.of(x) : Optional.empty();
  }

  private static Optional<Read<LocalDate>> dateIn(Matcher x, int group) {
    return LetterReader.date(x, group).map(d -> new Read<>(d, new Span(x.start(), x.end()), true));
  }

  // ---- clarification ----

  /**
   * The authority's message asking for clarification (dated by the message), and the day it was
   * given: the date the authority says it received it, else the date of the requester's next
   * message.
   */
  private static void clarification(String t, List<Message> messages, List<ReadClockEvent> out) {
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.fromRequester()
          || find(t, m, CLARIFY_ASKED).isEmpty()
          || find(t, m, CLARIFY_THANKS).isPresent()) {
        continue;
      }
      Optional<Read<LocalDate>> given = Optional.empty();
      for (int j = i + 1; j < messages.size() && given.isEmpty(); j++) {
        Message n = messages.get(j);
        if (n.fromRequester()) {
          // the authority's own statement of the day, if it follows, wins
          Optional<Read<LocalDate>> stated = Optional.empty();
          for (int k = j + 1; k < messages.size(); k++) {
            Message a = messages.get(k);
            if (!a.fromRequester()) {
              Optional<Matcher> on = find(t, a, CLARIFY_RECEIVED_ON);
              if (on.isPresent()) {
                stated = dateIn(on.get(), 1);
              }
              if (on.isPresent() || find(t, a, CLARIFY_THANKS).isPresent()) {
                break;
              }
            }
          }
          given = stated.isPresent() ? stated : Optional.of(n.date());
        }
      }
      if (given.isEmpty() || given.get().value().isBefore(m.date().value())) {
        continue;
      }
      out.add(new ReadClockEvent(Kind.CLARIFICATION_REQUESTED, m.date(), Optional.empty()));
      out.add(new ReadClockEvent(Kind.CLARIFICATION_RECEIVED, given.get(), Optional.empty()));
      return; // one clarification is read; a second would need its own reading
    }
  }

  // ---- extensions ----

  private static void extensions(String t, List<Message> messages, List<ReadClockEvent> out) {
    for (Message m : messages) {
      if (m.fromRequester()) {
        continue;
      }
      Optional<Matcher> extending = find(t, m, EXTENDING);
      if (extending.isEmpty()) {
        continue;
      }
      if (find(t, m, REG7).isPresent()) {
        out.add(new ReadClockEvent(Kind.COMPLEX_VOLUMINOUS_EXTENSION, m.date(), Optional.empty()));
        continue;
      }
      boolean s10 = find(t, m, S10_3).isPresent();
      boolean publicInterest =
          find(t, m, Pattern.compile("(?i)public\\s+interest")).isPresent()
              && find(t, m, Pattern.compile("(?i)\\bsection\\s+10\\b")).isPresent();
      if (!s10 && !publicInterest) {
        continue;
      }
      Matcher due = NEW_DUE.matcher(t);
      due.region(extending.get().start(), m.end());
      Optional<Read<LocalDate>> newDue = Optional.empty();
      while (newDue.isEmpty() && due.find()) {
        newDue = dateIn(due, 1).filter(d -> d.value().isAfter(m.date().value()));
      }
      if (newDue.isEmpty()) {
        continue; // s.17(2) needs the estimated date; without it the extension is not read
      }
      out.add(new ReadClockEvent(Kind.PUBLIC_INTEREST_EXTENSION, m.date(), newDue));
    }
  }

  private static void fees(String t, List<Message> messages, List<ReadClockEvent> out) {
    Message notice = null;
    for (Message m : messages) {
      if (notice == null && !m.fromRequester() && find(t, m, FEES_NOTICE).isPresent()) {
        notice = m;
        out.add(new ReadClockEvent(Kind.FEES_NOTICE_ISSUED, m.date(), Optional.empty()));
      } else if (notice != null && !m.fromRequester() && find(t, m, FEES_PAID).isPresent()) {
        out.add(new ReadClockEvent(Kind.FEES_PAID, m.date(), Optional.empty()));
        return;
      }
    }
  }

  // ---- internal reviews ----

  private static List<ReadReview> reviews(String t, List<Message> messages) {
    List<ReadReview> out = new ArrayList<>();
    ReadReview open = null;
    for (Message m : messages) {
      if (m.fromRequester()) {
        if (open == null && find(t, m, REVIEW_ASKED).isPresent()) {
          open =
              new ReadReview(
                  out.size() + 1,
                  m.date(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty());
        }
        continue;
      }
      if (open == null) {
        continue;
      }
      Optional<Matcher> ack = find(t, m, REVIEW_ACK);
      boolean decided =
          find(t, m, REVIEW_DECIDED).isPresent() && find(t, m, REVIEW_NAMED).isPresent();
      if (ack.isPresent() && !decided && open.acknowledged().isEmpty()) {
        Read<LocalDate> requested = dateIn(ack.get(), 1).orElse(open.requested());
        Optional<Read<LocalDate>> due = find(t, m, REVIEW_DUE).flatMap(x -> dateIn(x, 1));
        open =
            new ReadReview(
                open.number(),
                requested,
                Optional.of(m.date()),
                due,
                Optional.empty(),
                Optional.empty());
      } else if (decided) {
        out.add(
            new ReadReview(
                open.number(),
                open.requested(),
                open.acknowledged(),
                open.statedDue(),
                Optional.of(m.date()),
                outcome(t, m)));
        open = null;
      }
    }
    if (open != null) {
      out.add(open);
    }
    return out;
  }

  /** The outcome only where the letter says plainly what became of the original decision. */
  private static Optional<ReviewOutcome> outcome(String t, Message m) {
    if (find(t, m, UPHELD).isPresent()) {
      return Optional.of(ReviewOutcome.UPHELD);
    }
    return Optional.empty();
  }
}
