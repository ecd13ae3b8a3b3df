package uk.foitracker.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.reading.TextParts.Folded;
import uk.foitracker.reading.TextParts.Line;
import uk.foitracker.reading.TextParts.Sentence;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.checks.NotHeldWording;

/**
 * Reads a response letter, or an e-mail thread with the request and the response, as text. Pure: no
 * framework, no I/O, nothing kept. What it cannot read is left out and named in {@link
 * ReadLetter#unread()}.
 *
 * <p>A thread's messages are separated by lines of "===" (as WhatDoTheyKnow threads are pasted); a
 * message that opens with "Dear" and closes "Yours faithfully" without thanking for a request is
 * the requester's, and its words are never read as the authority's.
 */
public final class LetterReader {
  private LetterReader() {}

  static final int MAX_QUESTIONS = 200;

  // ---- patterns ----

  private static final Pattern SEPARATOR = Pattern.compile("(?m)^[ \\t]*={3}.*$");
  private static final Pattern FAITHFULLY = Pattern.compile("(?i)yours\\s+faithfully");
  private static final Pattern AUTHORITY_VOICE =
      Pattern.compile(
          "(?i)we\\s+(have\\s+)?received|thank\\s+you\\s+for\\s+your\\s+(request|e-?mail)"
              + "|your\\s+request\\s+for\\s+information|has\\s+been\\s+logged");
  private static final Pattern YOU_ASKED =
      Pattern.compile(
          "(?im)^[ \\t]*(you\\s+asked|your\\s+request(\\s+was)?|you\\s+requested|request|"
              + "information\\s+requested|the\\s+request)[ \\t]*:?[ \\t]*$|^[ \\t]*you\\s+asked\\s*:");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?im)^[ \\t]*(yours\\s+(sincerely|faithfully)|kind\\s+regards|best\\s+regards|regards,?[ \\t]*$"
              + "|many\\s+thanks|if\\s+you\\s+are\\s+(unhappy|dissatisfied|not\\s+satisfied)"
              + "|if\\s+you\\s+have\\s+any\\s+(queries|questions)"
              + "|you\\s+may\\s+re-?use|the\\s+information\\s+provided\\s+in\\s+this\\s+response"
              + "\\s+is\\s+available\\s+for\\s+re-?use)");

  /** "1.", "1)", "Q1", "Q1.", "Question 1:", "(1)". */
  private static final Pattern NUMBER_MARK =
      Pattern.compile(
          "^\\s*(?:(?:Q|Question)\\s*(\\d{1,3})\\s*[.):\\-]?|\\(?(\\d{1,3})\\s*[.)])(?:\\s+|$)",
          Pattern.CASE_INSENSITIVE);

  /** "(a)", "a)". */
  private static final Pattern LETTER_MARK = Pattern.compile("^\\s*\\(?([a-z])\\)(?:\\s+|$)");

  private static final Pattern BULLET = Pattern.compile("^\\s*[•◦▪●·]\\s*");

  private static final Pattern REQUEST_WORDS =
      Pattern.compile(
          "(?i)^(please|provide|could|can|would|what|how|which|when|where|who|whom|why|do|does|did"
              + "|is|are|was|were|has|have|list|a\\s+copy|copies|details|the\\s+number|number\\s+of"
              + "|for\\s+each|for\\s+the|i\\s+would\\s+like\\s+to\\s+know|any|all|a\\s+breakdown"
              + "|breakdown|confirm|how\\s+much)\\b");

  private static final Pattern NOT_A_QUESTION =
      Pattern.compile(
          "(?i)^(dear|yours|thank|many\\s+thanks|i\\s+look\\s+forward|if\\s+any\\s+of|if\\s+you"
              + "|under\\s+the\\s+freedom|i\\s+am\\s+(writing|requesting)|i\\s+would\\s+like\\s+to"
              + "\\s+request|i\\s+kindly|kind\\s+regards|regards)\\b");

  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

  static final String DATE =
      "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
          + MONTHS
          + ")\\.?,?\\s+(\\d{4})|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))";

  private static final Pattern RECEIVED =
      Pattern.compile(
          "(?i)(?:received|receipt\\s+of\\s+your\\s+request)\\s+(?:by\\s+(?:[A-Za-z'’]+\\s+){1,5})?"
              + "(?:your\\s+(?:request|e-?mail|letter)(?:\\s+for\\s+information)?\\s+)?"
              + "(?:on|dated)?\\s*(?:the\\s+)?"
              + DATE);
  private static final Pattern STATED_DUE =
      Pattern.compile(
          "(?i)(?:working\\s+days,?\\s*(?:i\\.e\\.\\s*|that\\s+is\\s*)?(?:by|on\\s+or\\s+before)"
              + "|due\\s+(?:date\\s+)?(?:is|of|by|on)|deadline\\s+(?:is|of|for)"
              + "|respond\\s+(?:to\\s+you\\s+)?by|response\\s+by)\\s*(?:the\\s+)?"
              + DATE);
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)^[ \\t]*(?:date[d]?[ \\t]*:?[ \\t]*)?" + DATE + "[ \\t]*$");

  private static final Pattern SECTION =
      Pattern.compile(
          "(?i)(?:\\bsections?\\s*|\\bs\\.\\s?|\\bS(?=\\d)|\\bsec\\.\\s?)(\\d{1,2}[A-Z]?)"
              + "((?:\\.\\d{1,2}(?=[^\\d(]))|(?:\\s?\\(\\s*[0-9A-Za-z]{1,4}\\s*\\))*)");
  private static final Pattern REGULATION =
      Pattern.compile(
          "(?i)(?:\\bregulations?\\s*|\\breg\\.?\\s*|\\br\\.\\s?)(\\d{1,2})\\b"
              + "((?:\\s?\\(\\s*[0-9A-Za-z]{1,4}\\s*\\))*)");
  private static final Pattern MORE =
      Pattern.compile(
          "^\\s*(?:,|and|or|&)\\s*(\\d{1,2}[A-Z]?)\\b((?:\\s?\\(\\s*[0-9A-Za-z]{1,4}\\s*\\))*)");
  private static final Pattern PART = Pattern.compile("\\(\\s*([0-9A-Za-z]{1,4})\\s*\\)");
  private static final Pattern OTHER_ACT =
      Pattern.compile(
          "^[^.]{0,40}(data\\s+protection\\s+act|of\\s+the\\s+(?!freedom|act\\b|foia|environmental)"
              + "[a-z ]{0,30}act\\b|human\\s+rights|children\\s+act|equality\\s+act)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A section named as the label of a procedure of another Act, not cited: "section 38(6)
   * applications" (Children Act 1989), "section 47 enquiries", "section 106 agreements". FOIA and
   * EIR provisions are cited, never used as the name of such a thing.
   */
  private static final Pattern PROCEDURE_NAMED =
      Pattern.compile(
          "(?i)^\\s*(?:applications?|orders?|assessments?|enquir(?:y|ies)|investigations?"
              + "|agreements?|plans?|referrals?|checks?|meetings?|cases?|strategy\\s+meetings?"
              + "|warrants?|directions?)\\b");

  private static final Pattern EIR_STATED =
      Pattern.compile(
          "(?i)(dealt\\s+with|handled|considered|processed|logged|responded\\s+to|answered|falls)"
              + "\\s+under\\s+the\\s+(environmental\\s+information\\s+regulations|EIR\\b|regulations)");
  private static final Pattern FOIA_NAMED =
      Pattern.compile("(?i)freedom\\s+of\\s+information\\s+act");

  private static final Pattern NCND = Pattern.compile("(?i)neither\\s+confirm\\s+n?or\\s+deny");
  private static final Pattern COST_WORDS =
      Pattern.compile("(?i)appropriate\\s+limit|cost\\s+limit|exceed\\w*\\s+the\\s+(?:cost|limit)");

  private static final Pattern PI_FOR =
      Pattern.compile(
          "(?i)(?:factors?|arguments?|considerations?|public\\s+interest)\\s+(?:\\w+\\s+){0,2}"
              + "(?:in\\s+)?(?:favour|favouring|for|supporting)\\s+(?:of\\s+)?(?:the\\s+)?"
              + "(?:disclos|release|releasing)|public\\s+interest\\s+in\\s+disclos");
  private static final Pattern PI_AGAINST =
      Pattern.compile(
          "(?i)(?:factors?|arguments?|considerations?|public\\s+interest)\\s+(?:\\w+\\s+){0,2}"
              + "(?:in\\s+)?(?:favour|favouring|for|supporting|against)\\s+(?:of\\s+)?(?:the\\s+)?"
              + "(?:maintain|withhold|non-?disclosure|disclos(?=\\w*\\s+(?:are|is)\\s+(?:that\\s+)?"
              + "(?:there|the\\s+harm)))|public\\s+interest\\s+(?:in\\s+)?withholding"
              + "|against\\s+disclosure");
  private static final Pattern PI_CONCLUSION =
      Pattern.compile(
          "(?i)\\bon\\s+balance\\b|\\bbalance\\s+of\\s+the\\s+public\\s+interest|\\bconclusion\\b"
              + "|\\bwe\\s+(?:have\\s+)?conclude|\\boutweighs?\\b|\\bbalancing\\b");

  private static final Pattern REVIEW =
      Pattern.compile(
          "(?i)internal\\s+review|(?:ask|request|apply)\\w*\\s+(?:us\\s+)?(?:for\\s+)?(?:a|an)\\s+"
              + "review|complaints?\\s+procedure|reconsider|representations");
  private static final Pattern COMMISSIONER =
      Pattern.compile("(?i)information\\s+commissioner|\\bICO\\b");
  private static final Pattern COMPLAINT_WORDS =
      Pattern.compile(
          "(?i)complain|appeal|dissatisfied|unhappy|contact|apply|right|section\\s+50|s\\.\\s?50"
              + "|regulation\\s+18|write\\s+to|refer");

  private static final Pattern ADVICE =
      Pattern.compile(
          "(?i)section\\s+16|s\\.\\s?16\\b|advice\\s+and\\s+assistance|narrow|refin|reduc\\w*\\s+"
              + "(?:the\\s+)?(?:scope|your)|within\\s+the\\s+(?:cost\\s+|appropriate\\s+)?limit"
              + "|resubmit|revised\\s+request");

  /**
   * A line in which the authority answers, not the requester asking: "We do not have a MASH", "We
   * hold", "The Council does not record", "Please find attached", "I can confirm".
   */
  private static final Pattern ANSWER_OPENS =
      Pattern.compile(
          "(?i)^(?:we|the\\s+(?:council|authority|force|trust|department))\\s+(?:do|does|did"
              + "|don't|doesn't|can|cannot|can't|hold|holds|have|has|confirm|confirms)\\b"
              + "|^please\\s+(?:find|see)\\s+(?:attached|below|enclosed)|^i\\s+can\\s+confirm\\b");

  /**
   * An answer that opens by saying the thing asked about does not exist ("We do not have a MASH",
   * "There is not an individual budget"): figures given after it are other, related information.
   */
  private static final Pattern NOTHING_SUCH =
      Pattern.compile(
          "(?i)^[\\s\\-–—:.]*(?:(?:we|the\\s+(?:council|authority|force|trust|department))"
              + "\\s+(?:do|does|did)\\s+not\\s+have|there\\s+(?:is|was|are|were)\\s+not)"
              + "\\s+(?:a|an|any)\\s+(?!(?:\\w+\\s+)?(?:figures?|records?|information|data|details"
              + "|breakdown|list|copy|copies|documents?|statistics)\\b)");

  // ---- reading ----

  /** One message of a thread; {@code headerAt} is where its "===" header line starts (-1: none). */
  private record Message(int start, int end, boolean fromRequester, int headerAt, String header) {}

  /** A question found, before its answer is known. */
  private record Found(int number, String label, String text, int start, int end, boolean sure) {}

  /** Reads {@code text}; never null, never throws on text. */
  public static ReadLetter read(String text) {
    String t = text == null ? "" : text;
    List<Message> messages = messages(t);
    List<String> unread = new ArrayList<>();
    StringBuilder authority = new StringBuilder();
    for (Message m : messages) {
      if (!m.fromRequester()) {
        authority.append(t, m.start(), m.end()).append('\n');
      }
    }

    // Questions: the requester's own message first, else after "You asked:", else anywhere.
    Optional<Message> request = messages.stream().filter(Message::fromRequester).findFirst();
    List<Found> found;
    boolean youAsked = false;
    int askedFrom = 0;
    boolean inRequest = request.isPresent();
    if (inRequest) {
      int end = signOff(t, request.get().start(), request.get().end());
      found = questions(t, request.get().start(), end, true);
    } else {
      Matcher asked = YOU_ASKED.matcher(t);
      youAsked = asked.find();
      askedFrom = youAsked ? asked.end() : 0;
      found = questions(t, askedFrom, t.length(), false);
    }

    List<int[]> answerSpans = new ArrayList<>();
    // Where the questions stand in the text: what they say is not the authority's citing.
    List<int[]> echoes = new ArrayList<>();
    found.forEach(f -> echoes.add(new int[] {f.start(), f.end()}));
    int responseFrom = request.map(Message::end).orElse(0);
    if (inRequest) {
      locateAnswers(t, messages, found, responseFrom, answerSpans, echoes);
    } else {
      for (int i = 0; i < found.size(); i++) {
        int end = i + 1 < found.size() ? found.get(i + 1).start() : t.length();
        int start = found.get(i).end();
        end = Math.min(end, signOff(t, start, end));
        answerSpans.add(new int[] {start, Math.max(start, end)});
      }
    }
    // The request as the letter quotes it: the requester's words before the first question, and
    // after the last one (quoted after its answer).
    Optional<Read<String>> preamble = Optional.empty();
    Optional<Read<String>> postscript = Optional.empty();
    if (youAsked && !found.isEmpty()) {
      preamble = words(t, askedFrom, found.get(0).start());
      int[] last = answerSpans.get(answerSpans.size() - 1);
      List<Sentence> paragraphs = TextParts.paragraphs(t, last[0], last[1]);
      if (paragraphs.size() >= 2) {
        Sentence closing = paragraphs.get(paragraphs.size() - 1);
        if (REQUESTER_ASKS.matcher(closing.text()).find()
            && !AUTHORITY_WORDS.matcher(closing.text()).find()) {
          postscript = words(t, closing.start(), closing.end());
          last[1] = paragraphs.get(paragraphs.size() - 2).end();
        }
      }
    }
    boolean synthetic = false;
    if (found.isEmpty()) {
      unread.add("the requester's questions");
      synthetic = true;
      int start = responseFrom;
      Message last = lastAuthority(messages);
      int end = last == null ? t.length() : last.end();
      found = List.of(new Found(1, "", "", start, start, false));
      answerSpans = new ArrayList<>();
      answerSpans.add(new int[] {start, Math.max(start, end)});
    }

    // Answers shared: an empty answer goes with the next one given.
    String[] keys = new String[found.size()];
    int next = -1;
    for (int i = found.size() - 1; i >= 0; i--) {
      int[] a = answerSpans.get(i);
      if (a == null) {
        keys[i] = null;
        continue;
      }
      if (!stripMarks(t.substring(a[0], a[1])).isBlank()) {
        next = i;
      }
      keys[i] = next < 0 ? null : "answer-" + (next + 1);
    }

    List<Cited> cited =
        citations(t, messages).stream()
            .filter(c -> echoes.stream().noneMatch(e -> c.start() >= e[0] && c.start() < e[1]))
            .toList();
    Regime regime = null;
    boolean regimeSure = true;
    Span regimeSpan = new Span(0, 0);
    Matcher eirStated = EIR_STATED.matcher(authority);
    Optional<Cited> eirCite =
        cited.stream()
            .filter(
                c ->
                    c.code().startsWith("EIR-12")
                        || c.code().startsWith("EIR-13")
                        || c.code().equals("EIR-14"))
            .findFirst();
    if (eirCite.isPresent()) {
      regime = Regime.EIR;
      regimeSpan = new Span(eirCite.get().start(), eirCite.get().end());
    } else if (eirStated.find()) {
      regime = Regime.EIR;
    } else if (cited.stream().anyMatch(c -> c.code().startsWith("FOIA"))
        || FOIA_NAMED.matcher(authority).find()) {
      regime = Regime.FOIA;
    } else {
      regime = Regime.FOIA;
      regimeSure = false;
      unread.add("the regime (FOIA or EIR): FOIA assumed");
    }

    // Group citations by answer: the questions sharing the answer in which they stand.
    List<ReadQuestion> questions = new ArrayList<>();
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      if (keys[i] != null) {
        byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(found.get(i).number());
      }
    }
    List<ReadCitation> citations = groupCitations(t, cited, found, answerSpans, keys, byKey);

    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String key = keys[i];
      int[] span = key == null ? null : answerSpans.get(Integer.parseInt(key.substring(7)) - 1);
      String answer = span == null ? "" : stripMarks(t.substring(span[0], span[1])).strip();
      int n = f.number();
      List<ReadCitation> mine = citations.stream().filter(c -> c.questions().contains(n)).toList();
      Optional<Outcome> outcome = answer.isBlank() ? Optional.empty() : outcome(answer, mine);
      questions.add(
          new ReadQuestion(
              n,
              f.label(),
              f.text(),
              new Span(f.start(), f.end()),
              key,
              answer,
              span == null ? null : new Span(span[0], span[1]),
              outcome,
              f.sure() && !synthetic));
    }
    if (questions.stream().anyMatch(q -> q.answerKey() == null)) {
      unread.add("the answer to some questions");
    }

    String authorityText = authority.toString();
    Optional<Read<LocalDate>> received = firstDate(t, messages, RECEIVED, true);
    Optional<Read<LocalDate>> statedDue = firstDate(t, messages, STATED_DUE, true);
    Optional<Read<LocalDate>> sent = sentDate(t, messages);
    if (sent.isEmpty()) {
      sent = stampOfResponse(t, messages, questions, cited);
    }
    if (received.isEmpty()) {
      unread.add("the date the request was received");
    }
    if (sent.isEmpty()) {
      unread.add("the date the response was sent");
    }

    List<Sentence> sentences = authoritySentences(t, messages);
    Optional<Read<String>> review = join(sentences, s -> REVIEW.matcher(s).find());
    Optional<Read<String>> complaint =
        join(sentences, s -> COMMISSIONER.matcher(s).find() && COMPLAINT_WORDS.matcher(s).find());

    boolean costRefusal =
        citations.stream().anyMatch(c -> c.kind() == ProvisionKind.COST_LIMIT)
            || COST_WORDS.matcher(authorityText).find();
    List<ReadCost> costs = new ArrayList<>();
    Optional<Read<Integer>> statedMinutes = Optional.empty();
    String costStatement = "";
    String advice = "";
    if (costRefusal) {
      costs = CostLines.read(sentences);
      statedMinutes = CostLines.statedMinutes(sentences);
      costStatement =
          joinText(
              sentences.stream()
                  .filter(
                      s ->
                          COST_WORDS.matcher(s.text()).find()
                              || Pattern.compile("(?i)section\\s+12|s\\.\\s?12\\b")
                                  .matcher(s.text())
                                  .find())
                  .toList());
      advice = joinText(sentences.stream().filter(s -> ADVICE.matcher(s.text()).find()).toList());
      String why = synthetic ? "" : whyOverTheLimit(sentences, questions);
      if (!why.isBlank()) {
        costStatement = why;
      }
    }
    return new ReadLetter(
        new Read<>(regime, regimeSpan, regimeSure),
        received,
        sent,
        statedDue,
        questions,
        citations,
        costs,
        statedMinutes,
        costStatement,
        advice,
        review,
        complaint,
        authorityText,
        unread,
        ThreadReader.read(t),
        preamble,
        postscript,
        licenceStatement(sentences));
  }

  /** Words the requester asks with, in their closing paragraph ("please instead provide it"). */
  private static final Pattern REQUESTER_ASKS =
      Pattern.compile(
          "(?i)\\bplease\\s+(?:instead\\s+|also\\s+)?(?:provide|supply|send|include|give)\\b");

  /** The authority speaking ("we", "our", "us"): not the requester's words. */
  private static final Pattern AUTHORITY_WORDS = Pattern.compile("(?i)\\b(?:we|our|us)\\b");

  /** A full stop inside a closing quotation mark, before the next sentence. */
  private static final Pattern QUOTE_CLOSES = Pattern.compile("[.!?][”\"’](?=\\s+\\S)");

  /** A sentence on re-using the information under a licence. */
  private static final Pattern LICENCE =
      Pattern.compile("(?i)\\bre-?us(?:e|ing)\\b[^.]{0,160}?\\blicen[cs]e\\b");

  /** A sentence that goes on about the licence: its terms, the attribution it asks for. */
  private static final Pattern LICENCE_MORE =
      Pattern.compile("(?i)\\bre-?us(?:e|ing)\\b|\\blicen[cs]e|\\bOGL\\b|\\battribution\\b");

  /**
   * The licence statement: the first sentence on re-using the information under a licence, and the
   * sentences right after it that go on about it.
   */
  private static Optional<Read<String>> licenceStatement(List<Sentence> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      if (LICENCE.matcher(sentences.get(i).text()).find()) {
        List<Sentence> run = new ArrayList<>();
        run.add(sentences.get(i));
        for (int j = i + 1;
            j < sentences.size() && LICENCE_MORE.matcher(sentences.get(j).text()).find();
            j++) {
          run.add(sentences.get(j));
        }
        // a sentence ended inside a closing quotation mark (".”") ends there, not at the next stop
        Sentence lastOne = run.get(run.size() - 1);
        Matcher quoted = QUOTE_CLOSES.matcher(lastOne.text());
        if (quoted.find()) {
          run.set(
              run.size() - 1,
              new Sentence(
                  lastOne.start(),
                  lastOne.start() + quoted.end(),
                  lastOne.text().substring(0, quoted.end())));
        }
        String text = joinText(run);
        return text.length() > 2000
            ? Optional.empty()
            : Optional.of(
                new Read<>(
                    text, new Span(run.get(0).start(), run.get(run.size() - 1).end()), true));
      }
    }
    return Optional.empty();
  }

  /** The words between {@code from} and {@code to}, squashed; empty when there are none. */
  private static Optional<Read<String>> words(String t, int from, int to) {
    if (to <= from) {
      return Optional.empty();
    }
    String w = TextParts.squash(t.substring(from, to));
    if (w.isEmpty() || w.length() > 2000) {
      return Optional.empty();
    }
    int s = from;
    while (s < to && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    return Optional.of(new Read<>(w, new Span(s, to), true));
  }

  /**
   * The paragraphs of {@code text}: split at blank lines, and at a line that closes a sentence
   * before one that starts another (a letter pasted without blank lines between its paragraphs); a
   * line ending mid-sentence goes on in the next.
   */
  public static List<String> paragraphs(String text) {
    if (text == null) {
      return List.of();
    }
    return TextParts.paragraphs(text, 0, text.length()).stream().map(Sentence::text).toList();
  }

  // ---- messages ----

  private static List<Message> messages(String t) {
    List<int[]> bounds = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    int start = 0;
    String header = "";
    int headerAt = -1;
    while (m.find()) {
      if (m.start() > start) {
        bounds.add(new int[] {start, m.start(), headerAt});
        headers.add(header);
      }
      header = m.group();
      headerAt = m.start();
      start = Math.min(t.length(), m.end());
    }
    bounds.add(new int[] {start, t.length(), headerAt});
    headers.add(header);
    List<Message> out = new ArrayList<>();
    boolean thread = bounds.size() > 1;
    for (int i = 0; i < bounds.size(); i++) {
      int[] b = bounds.get(i);
      String body = t.substring(b[0], b[1]).strip();
      Optional<Boolean> named = sender(headers.get(i));
      boolean requester =
          thread
              && named.orElseGet(
                  () ->
                      body.regionMatches(true, 0, "Dear", 0, 4)
                          && FAITHFULLY.matcher(body).find()
                          && !AUTHORITY_VOICE.matcher(body).find());
      out.add(new Message(b[0], b[1], requester, b[2], headers.get(i)));
    }
    return out;
  }

  private static final Pattern FROM_REQUESTER =
      Pattern.compile("(?i)\\brequester\\s*(?:->|→|to\\b)");
  private static final Pattern TO_REQUESTER =
      Pattern.compile("(?i)(?:->|→|\\bto)\\s*(?:the\\s+)?requester\\b");

  /**
   * Whether a message header names the requester as sender (true) or recipient (false); empty when
   * it names neither.
   */
  private static Optional<Boolean> sender(String header) {
    if (FROM_REQUESTER.matcher(header).find()) {
      return Optional.of(true);
    }
    if (TO_REQUESTER.matcher(header).find()) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static Message lastAuthority(List<Message> messages) {
    Message last = null;
    for (Message m : messages) {
      if (!m.fromRequester() && !m.toString().isEmpty()) {
        last = m;
      }
    }
    return last;
  }

  private static int signOff(String t, int from, int to) {
    Matcher m = SIGN_OFF.matcher(t);
    m.region(from, to);
    return m.find() ? m.start() : to;
  }

  // ---- questions ----

  private static List<Found> questions(String t, int from, int to, boolean inRequest) {
    List<Line> lines = TextParts.lines(t, from, to);
    List<Found> numbered = numbered(t, lines);
    if (numbered.size() >= 2) {
      return numbered;
    }
    List<Found> bullets = bullets(t, lines);
    if (bullets.size() >= 2) {
      return bullets;
    }
    if (inRequest) {
      List<Found> plain = unnumbered(t, lines);
      if (!plain.isEmpty()) {
        return plain;
      }
    }
    return numbered.size() == 1 ? numbered : List.of();
  }

  /** The first run of markers numbered 1, 2, 3... (or a, b, c...) at the start of lines. */
  private static List<Found> numbered(String t, List<Line> lines) {
    List<Integer> markLines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<Integer> markEnds = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Matcher m = NUMBER_MARK.matcher(l.text());
      Integer n = null;
      int end = 0;
      if (m.find()) {
        String d = m.group(1) != null ? m.group(1) : m.group(2);
        n = Integer.parseInt(d);
        end = m.end();
      } else {
        Matcher lm = LETTER_MARK.matcher(l.text());
        if (lm.find()) {
          n = lm.group(1).charAt(0) - 'a' + 1;
          end = lm.end();
        }
      }
      if (n != null) {
        markLines.add(i);
        numbers.add(n);
        markEnds.add(end);
        labels.add(l.text().substring(0, end).strip());
      }
    }
    // The first run 1..k with k >= 2.
    List<Integer> run = new ArrayList<>();
    for (int j = 0; j < numbers.size(); j++) {
      int expected = run.size() + 1;
      if (numbers.get(j) == expected) {
        run.add(j);
      } else if (numbers.get(j) == 1) {
        if (run.size() >= 2) {
          break;
        }
        run.clear();
        run.add(j);
      }
    }
    if (run.isEmpty()) {
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < run.size() && out.size() < MAX_QUESTIONS; k++) {
      int j = run.get(k);
      int li = markLines.get(j);
      int stop = k + 1 < run.size() ? markLines.get(run.get(k + 1)) : lines.size();
      Line first = lines.get(li);
      int start = first.start() + markEnds.get(j);
      int end = questionEnd(lines, li, stop, start);
      String words = TextParts.squash(t.substring(start, Math.max(start, end)));
      if (words.isEmpty()) {
        continue;
      }
      out.add(new Found(k + 1, labels.get(j), words, first.start(), end, true));
    }
    return out;
  }

  /**
   * Where a question that starts at {@code start} on line {@code li} ends: at the end of the line
   * that closes it with "?" or ".", before a blank line, before the next marker, or before a line
   * in which the authority starts answering ("We do not have a ...").
   */
  private static int questionEnd(List<Line> lines, int li, int stop, int start) {
    int i = li;
    Line line = lines.get(i);
    if (line.end() <= start || line.text().substring(start - line.start()).isBlank()) {
      // "Question 4" alone on its line: the words follow.
      i++;
      if (i >= stop || lines.get(i).blank()) {
        return line.end();
      }
    }
    int count = 0;
    int first = i;
    while (i < stop && count < 12) {
      Line l = lines.get(i);
      String s = l.stripped();
      if (i > first && ANSWER_OPENS.matcher(s).find()) {
        // the authority's answer starts on the next line, with no blank line between
        return lines.get(i - 1).end();
      }
      if (s.endsWith("?") || s.endsWith(".") || i + 1 >= stop || lines.get(i + 1).blank()) {
        return l.end();
      }
      i++;
      count++;
    }
    return lines.get(Math.max(li, Math.min(i, stop) - 1)).end();
  }

  private static List<Found> bullets(String t, List<Line> lines) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < lines.size() && out.size() < MAX_QUESTIONS; i++) {
      Line l = lines.get(i);
      Matcher m = BULLET.matcher(l.text());
      if (!m.find()) {
        continue;
      }
      int start = l.start() + m.end();
      int end = questionEnd(lines, i, lines.size(), start);
      String words = TextParts.squash(t.substring(start, end));
      if (words.isEmpty() || !REQUEST_WORDS.matcher(words).find()) {
        continue;
      }
      out.add(new Found(out.size() + 1, "•", words, l.start(), end, true));
    }
    return out;
  }

  /** Unnumbered: each paragraph of the request that asks ("?" or "Please provide ..."). */
  private static List<Found> unnumbered(String t, List<Line> lines) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && out.size() < MAX_QUESTIONS) {
      Line l = lines.get(i);
      if (l.blank()) {
        i++;
        continue;
      }
      int j = i;
      // A wrapped sentence goes on while a line does not close it and the next starts lower-case.
      while (j + 1 < lines.size()
          && !lines.get(j + 1).blank()
          && !closes(lines.get(j).stripped())
          && (Character.isLowerCase(firstChar(lines.get(j + 1).stripped()))
              || Character.isDigit(firstChar(lines.get(j + 1).stripped()))
              || lines.get(j).stripped().length() >= 60)) {
        j++;
      }
      String words = TextParts.squash(t.substring(l.start(), lines.get(j).end()));
      if (!words.endsWith(":")
          && !NOT_A_QUESTION.matcher(words).find()
          && (words.endsWith("?") || REQUEST_WORDS.matcher(words).find())) {
        out.add(new Found(out.size() + 1, "", words, l.start(), lines.get(j).end(), false));
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean closes(String s) {
    return s.endsWith("?") || s.endsWith(".") || s.endsWith(":") || s.endsWith("!");
  }

  private static char firstChar(String s) {
    return s.isEmpty() ? ' ' : s.charAt(0);
  }

  /**
   * Finds each question again in the response (its words, ignoring spacing and punctuation) and
   * takes the text up to the next one as its answer.
   */
  private static void locateAnswers(
      String t,
      List<Message> messages,
      List<Found> found,
      int from,
      List<int[]> out,
      List<int[]> echoes) {
    Folded folded = Folded.of(t, from, t.length());
    int cursor = 0;
    int[][] at = new int[found.size()][];
    for (int i = 0; i < found.size(); i++) {
      String q = Folded.fold(found.get(i).text());
      if (q.length() < 8) {
        continue;
      }
      int hit = folded.chars().indexOf(q, cursor);
      int len = q.length();
      if (hit < 0) {
        String head = q.substring(0, Math.min(60, q.length()));
        hit = folded.chars().indexOf(head, cursor);
        len = head.length();
      }
      while (hit >= 0 && inRequester(messages, folded.offsets()[hit])) {
        hit = folded.chars().indexOf(q.substring(0, Math.min(len, q.length())), hit + 1);
      }
      if (hit < 0) {
        continue;
      }
      int start = folded.offsets()[hit];
      int end = folded.offsets()[hit + len - 1] + 1;
      if (len < q.length()) {
        int eol = t.indexOf('\n', end);
        end = eol < 0 ? t.length() : eol;
      }
      while (end < t.length() && "?.:;!)\"'’”".indexOf(t.charAt(end)) >= 0) {
        end++;
      }
      at[i] = new int[] {start, end};
      echoes.add(at[i]);
      cursor = hit + len;
    }
    for (int i = 0; i < found.size(); i++) {
      if (at[i] == null) {
        out.add(null);
        continue;
      }
      int start = at[i][1];
      Message m = messageAt(messages, start);
      int end = m == null ? t.length() : m.end();
      for (int j = i + 1; j < found.size(); j++) {
        if (at[j] != null) {
          end = Math.min(end, at[j][0]);
          break;
        }
      }
      end = signOff(t, start, end);
      out.add(new int[] {start, Math.max(start, end)});
    }
    if (out.stream().allMatch(a -> a == null)) {
      // The response does not repeat the questions: one answer, the response, for them all.
      out.clear();
      Message last = lastAuthority(messages);
      int start = from;
      int end = last == null ? t.length() : last.end();
      for (int i = 0; i < found.size(); i++) {
        out.add(i == found.size() - 1 ? new int[] {start, end} : new int[] {start, start});
      }
    }
  }

  private static boolean inRequester(List<Message> messages, int offset) {
    Message m = messageAt(messages, offset);
    return m != null && m.fromRequester();
  }

  private static Message messageAt(List<Message> messages, int offset) {
    for (Message m : messages) {
      if (offset >= m.start() && offset < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** The answer without the lines that are only a question's marker ("Question 5"). */
  private static String stripMarks(String answer) {
    return answer.replaceAll("(?im)^[ \\t]*(?:Q|Question)\\s*\\d{1,3}\\s*[.):\\-]?\\s*$", "");
  }

  // ---- outcomes ----

  private static Optional<Outcome> outcome(String answer, List<ReadCitation> cited) {
    if (NCND.matcher(answer).find()) {
      return Optional.of(Outcome.NEITHER_CONFIRM_NOR_DENY);
    }
    if (cited.stream().anyMatch(c -> c.kind() == ProvisionKind.COST_LIMIT)
        || COST_WORDS.matcher(answer).find()) {
      return Optional.of(Outcome.REFUSED_COST_LIMIT);
    }
    boolean exempt =
        cited.stream().anyMatch(c -> c.kind().isExemption() || c.kind() == ProvisionKind.REFUSAL);
    boolean notHeld = NotHeldWording.says(answer);
    if (!exempt && !notHeld && !NOTHING_SUCH.matcher(answer).find()) {
      return Optional.of(Outcome.PROVIDED_IN_FULL);
    }
    boolean gives = givesInformation(answer);
    if (!exempt && NOTHING_SUCH.matcher(answer).find()) {
      // the thing asked about does not exist: a refusal as not held stands as such; figures given
      // without one are related information (s.16 advice and assistance)
      if (notHeld) {
        return Optional.of(Outcome.NOT_HELD);
      }
      return Optional.of(gives ? Outcome.RELATED_INFORMATION_GIVEN : Outcome.NOT_HELD);
    }
    if (exempt) {
      return Optional.of(gives ? Outcome.PROVIDED_IN_PART : Outcome.REFUSED_EXEMPTION);
    }
    return Optional.of(gives ? Outcome.PROVIDED_IN_PART : Outcome.NOT_HELD);
  }

  /** Some sentence of the answer gives figures, without citing, refusing or saying not held. */
  private static boolean givesInformation(String answer) {
    for (Sentence s : TextParts.sentences(answer, 0, answer.length())) {
      String x = s.text();
      if (SECTION.matcher(x).find()
          || REGULATION.matcher(x).find()
          || NotHeldWording.says(x)
          || x.matches("(?is).*\\b(exempt|withh[eo]ld|refus|as above)\\w*.*")) {
        continue;
      }
      // A figure given, not a length of time ("25-year term"), a year or a date.
      String figures =
          x.replaceAll("\\d+-(?:year|month|week|day|hour)", "")
              .replaceAll("\\b(?:19|20)\\d\\d\\b", "")
              .replaceAll("\\d{1,2}/\\d{1,2}/\\d{2,4}", "");
      if (figures.matches("(?s).*\\d.*") && x.split("\\s+").length >= 3) {
        return true;
      }
    }
    return false;
  }

  // ---- citations ----

  /** One citation as written, before grouping. */
  private record Cited(String code, int start, int end, boolean sectionOnly) {}

  private static List<Cited> citations(String t, List<Message> messages) {
    List<Cited> out = new ArrayList<>();
    for (Message m : messages) {
      if (m.fromRequester()) {
        continue;
      }
      scan(t, m, SECTION, "FOIA", out);
      scan(t, m, REGULATION, "EIR", out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void scan(String t, Message m, Pattern p, String act, List<Cited> out) {
    Matcher x = p.matcher(t);
    x.region(m.start(), m.end());
    while (x.find()) {
      int end = x.end();
      if (PROCEDURE_NAMED.matcher(t.substring(end, Math.min(t.length(), end + 40))).find()) {
        continue;
      }
      if (OTHER_ACT.matcher(t.substring(end, Math.min(t.length(), end + 80))).find()
          && !t.substring(end, Math.min(t.length(), end + 50))
              .toLowerCase(Locale.ROOT)
              .contains("freedom")) {
        continue;
      }
      add(act, x.group(1), x.group(2), x.start(), end, out);
      // "sections 40(2) and 43(2)"
      Matcher more = MORE.matcher(t);
      more.region(end, Math.min(m.end(), end + 40));
      while (more.lookingAt()) {
        add(act, more.group(1), more.group(2), more.start(1), more.end(), out);
        int e = more.end();
        more = MORE.matcher(t);
        more.region(e, Math.min(m.end(), e + 40));
      }
    }
  }

  private static void add(
      String act, String number, String subs, int start, int end, List<Cited> out) {
    List<String> parts = new ArrayList<>();
    parts.add(number.toUpperCase(Locale.ROOT));
    String s = subs == null ? "" : subs;
    if (s.startsWith(".")) {
      parts.add(s.substring(1));
    } else {
      Matcher pm = PART.matcher(s);
      while (pm.find()) {
        String part = pm.group(1);
        // (5B) and (5A) keep their capital; (a), (i) are lower-case.
        parts.add(part.matches("\\d+[A-Za-z]") ? part.toUpperCase(Locale.ROOT) : part);
      }
    }
    Optional<String> code = KnownProvisions.resolve(act, parts);
    code.ifPresent(c -> out.add(new Cited(c, start, end, parts.size() == 1)));
  }

  private static List<ReadCitation> groupCitations(
      String t,
      List<Cited> cited,
      List<Found> found,
      List<int[]> answerSpans,
      String[] keys,
      Map<String, List<Integer>> byKey) {
    // key -> code -> [first Cited, reasons]
    Map<String, Map<String, List<Cited>>> grouped = new LinkedHashMap<>();
    Map<String, String> moreSpecific = new LinkedHashMap<>();
    for (Cited c : cited) {
      String key = "";
      for (int i = 0; i < found.size(); i++) {
        int[] a = answerSpans.get(i);
        if (a != null && keys[i] != null && c.start() >= a[0] && c.start() < a[1]) {
          key = keys[i];
          break;
        }
      }
      String code = c.code();
      String section = code.split("-")[0] + "-" + code.split("-")[1];
      if (c.sectionOnly() && moreSpecific.containsKey(section)) {
        code = moreSpecific.get(section);
      } else if (!c.sectionOnly()) {
        moreSpecific.putIfAbsent(section, code);
      }
      Cited resolved = new Cited(code, c.start(), c.end(), c.sectionOnly());
      grouped
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .computeIfAbsent(code, k -> new ArrayList<>())
          .add(resolved);
    }
    // A section cited alone ("section 43") and by subsection ("43(2)") in one answer is one.
    List<ReadCitation> out = new ArrayList<>();
    Map<String, ReadPublicInterest> piByCode = new LinkedHashMap<>();
    Map<String, String> reasonsByCode = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<Cited>>> g : grouped.entrySet()) {
      String key = g.getKey();
      List<Integer> numbers = key.isEmpty() ? List.of() : byKey.getOrDefault(key, List.of());
      int[] answer = key.isEmpty() ? null : answerSpans.get(Integer.parseInt(key.substring(7)) - 1);
      String answerText = answer == null ? "" : t.substring(answer[0], answer[1]);
      // in one answer, the provisions in the order of their reasons in the letter
      List<ReadCitation> group = new ArrayList<>();
      Map<String, Integer> reasonsAtOf = new LinkedHashMap<>();
      for (Map.Entry<String, List<Cited>> e : g.getValue().entrySet()) {
        String code = e.getKey();
        ProvisionKind kind = KnownProvisions.kind(code).orElseThrow();
        List<Cited> uses = e.getValue();
        Cited first = uses.get(0);
        List<String> reasons = new ArrayList<>();
        int reasonsAt = Integer.MAX_VALUE;
        for (Cited u : uses) {
          List<Sentence> said = reasonSentences(t, u, cited, answer);
          if (said.isEmpty()) {
            String sentence = sentenceAround(t, u.start(), answer);
            if (!reasons.contains(sentence)) {
              reasons.add(sentence);
            }
            continue;
          }
          reasonsAt = Math.min(reasonsAt, said.get(0).start());
          for (Sentence x : said) {
            String sentence = TextParts.squash(x.text());
            if (!reasons.contains(sentence)) {
              reasons.add(sentence);
            }
          }
        }
        boolean weak =
            uses.stream().allMatch(Cited::sectionOnly) && !code.matches(".*-.*-.*")
                ? false
                : uses.stream().allMatch(Cited::sectionOnly);
        Optional<ReadPublicInterest> pi = Optional.empty();
        if (kind == ProvisionKind.QUALIFIED && answer != null) {
          pi = publicInterest(t, answer[0], answer[1]);
          if (pi.isEmpty() && piByCode.containsKey(code)) {
            pi = Optional.of(piByCode.get(code));
          }
        }
        pi.ifPresent(p -> piByCode.putIfAbsent(code, p));
        String reasonText = String.join(" ", reasons);
        if (weak && reasonsByCode.containsKey(code)) {
          reasonText = reasonsByCode.get(code);
        }
        reasonsByCode.putIfAbsent(code, reasonText);
        boolean ncnd = NCND.matcher(answerText).find() && (kind.isExemption());
        reasonsAtOf.put(
            code + "@" + key, reasonsAt == Integer.MAX_VALUE ? first.start() : reasonsAt);
        group.add(
            new ReadCitation(
                code,
                KnownProvisions.reference(code),
                kind,
                numbers,
                ncnd,
                new Span(first.start(), first.end()),
                reasonText,
                pi,
                !weak));
      }
      group.sort(Comparator.comparingInt(c -> reasonsAtOf.getOrDefault(c.code() + "@" + key, 0)));
      out.addAll(group);
    }
    return out;
  }

  /** The provisions that deny holding the information: FOIA s.1(1)(a), EIR reg 12(4)(a). */
  private static final Set<String> NOT_HELD_CODES = Set.of("FOIA-1-1-a", "EIR-12-4-a");

  /** A sentence saying the information is not held ("is not held", "there is not a budget"). */
  private static final Pattern NOT_HELD_SAID =
      Pattern.compile(
          "(?i)\\bnot\\s+held\\b|\\b(?:do|does|did)\\s+not\\s+hold\\b|\\bdon[’']t\\s+hold\\b"
              + "|\\bthere\\s+(?:is|are|was|were)\\s+(?:not|no)\\b|\\bno\\s+(?:such\\s+)?"
              + "(?:information|records?|data)\\s+(?:is|are|was|were)\\s+(?:held|recorded|kept)\\b");

  /** How far before and after a citation its reasons are looked for, in characters. */
  private static final int REASONS_REACH = 1500;

  /** A sentence that goes on with the reasons of the one before ("This represents ..."). */
  private static final Pattern GOES_ON = Pattern.compile("^(?:This|These|That|It|Such)\\b");

  /**
   * The sentences giving the reasons for citing {@code u}: the sentence citing it, and the
   * sentences after it in its paragraph that go on with it ("This represents ...") without citing
   * another provision. A provision denying that the information is held, cited after another in the
   * same sentence ("a refusal notice under section 17.1 ... in accordance with section 1.1"), has
   * for reasons the nearest sentence before that says what is not held, when the answer has one.
   * Empty when the citation stands outside any answer.
   */
  private static List<Sentence> reasonSentences(
      String t, Cited u, List<Cited> cited, int[] answer) {
    if (answer == null) {
      return List.of();
    }
    // the sentences near the citation (a paragraph or two), never the whole of a long answer
    int from = Math.max(answer[0], t.lastIndexOf('\n', Math.max(0, u.start() - REASONS_REACH)));
    int nl = t.indexOf('\n', Math.min(t.length(), u.start() + REASONS_REACH));
    int to = Math.min(answer[1], nl < 0 ? t.length() : nl);
    List<Sentence> sentences = TextParts.sentences(t, from, to);
    int at = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (u.start() >= sentences.get(i).start() && u.start() < sentences.get(i).end()) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return List.of();
    }
    Sentence citing = sentences.get(at);
    if (NOT_HELD_CODES.contains(u.code())
        && cited.stream()
            .anyMatch(
                c ->
                    !NOT_HELD_CODES.contains(c.code())
                        && c.start() >= citing.start()
                        && c.start() < u.start())) {
      for (int i = at - 1; i >= 0; i--) {
        Sentence before = sentences.get(i);
        if (NOT_HELD_SAID.matcher(before.text()).find() && !citesAny(before, cited)) {
          return List.of(before);
        }
      }
    }
    List<Sentence> out = new ArrayList<>();
    out.add(citing);
    Sentence paragraph =
        TextParts.paragraphs(t, from, to).stream()
            .filter(p -> citing.start() >= p.start() && citing.start() < p.end())
            .findFirst()
            .orElse(null);
    for (int i = at + 1; paragraph != null && i < sentences.size(); i++) {
      Sentence next = sentences.get(i);
      if (next.end() > paragraph.end()
          || !GOES_ON.matcher(next.text()).find()
          || citesAny(next, cited)) {
        break;
      }
      out.add(next);
    }
    return out;
  }

  private static boolean citesAny(Sentence s, List<Cited> cited) {
    return cited.stream().anyMatch(c -> c.start() >= s.start() && c.start() < s.end());
  }

  private static String sentenceAround(String t, int offset, int[] within) {
    int from = Math.max(within == null ? 0 : within[0], offset - 600);
    int to = Math.min(within == null ? t.length() : within[1], offset + 600);
    for (Sentence s : TextParts.sentences(t, from, to)) {
      if (offset >= s.start() && offset < s.end()) {
        return TextParts.squash(s.text());
      }
    }
    return "";
  }

  /**
   * The public interest test in an answer: paragraphs from a heading or sentence on the factors for
   * disclosure, on those for maintaining the exemption, and on the balance, each up to the next.
   */
  static Optional<ReadPublicInterest> publicInterest(String t, int from, int to) {
    record Mark(int at, int kind) {}
    List<Mark> marks = new ArrayList<>();
    for (Sentence s : TextParts.sentences(t, from, to)) {
      String x = s.text();
      // A sentence naming both sides ("whether the interest in maintaining outweighs the interest
      // in disclosing") states the test, not an argument; only the balance is read from it.
      boolean against = PI_AGAINST.matcher(x).find();
      boolean forIt = PI_FOR.matcher(x).find();
      boolean conclusion = PI_CONCLUSION.matcher(x).find();
      if (conclusion
          && (x.toLowerCase(Locale.ROOT).contains("must consider")
              || x.toLowerCase(Locale.ROOT).contains("whether"))) {
        continue;
      }
      if (conclusion) {
        marks.add(new Mark(s.start(), 3));
      } else if (against) {
        marks.add(new Mark(s.start(), 2));
      } else if (forIt) {
        marks.add(new Mark(s.start(), 1));
      }
    }
    if (marks.isEmpty()) {
      return Optional.empty();
    }
    List<String> argsFor = new ArrayList<>();
    List<String> argsAgainst = new ArrayList<>();
    String conclusion = "";
    int spanEnd = marks.get(0).at();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (i > 0 && marks.get(i - 1).kind() == m.kind() && m.kind() != 3) {
        continue;
      }
      int end = to;
      for (int j = i + 1; j < marks.size(); j++) {
        if (marks.get(j).kind() != m.kind()) {
          end = marks.get(j).at();
          break;
        }
      }
      if (m.kind() == 3) {
        end = paragraphEnd(t, m.at(), end);
      }
      String part = TextParts.squash(t.substring(m.at(), end));
      spanEnd = Math.max(spanEnd, end);
      switch (m.kind()) {
        case 1 -> argsFor.add(part);
        case 2 -> argsAgainst.add(part);
        default -> {
          if (conclusion.isEmpty()) {
            conclusion = part;
          }
        }
      }
    }
    return Optional.of(
        new ReadPublicInterest(
            argsFor, argsAgainst, conclusion, new Span(marks.get(0).at(), spanEnd)));
  }

  /** The end of the paragraph (blank line) or, in wrapped text, of the sentences of the balance. */
  private static int paragraphEnd(String t, int from, int to) {
    int blank = t.indexOf("\n\n", from);
    int end = blank < 0 ? to : Math.min(to, blank);
    // In text without blank lines stop after three sentences.
    List<Sentence> s = TextParts.sentences(t, from, end);
    return s.size() > 3 ? s.get(2).end() : end;
  }

  // ---- dates ----

  private static Optional<Read<LocalDate>> firstDate(
      String t, List<Message> messages, Pattern p, boolean sure) {
    for (Message m : messages) {
      if (m.fromRequester()) {
        continue;
      }
      Matcher x = p.matcher(t);
      x.region(m.start(), m.end());
      while (x.find()) {
        Optional<LocalDate> d = date(x, 1);
        if (d.isPresent()) {
          return Optional.of(new Read<>(d.get(), new Span(x.start(), x.end()), sure));
        }
      }
    }
    return Optional.empty();
  }

  /** A line that is only a date ("5 March 2015", "Date: 05/03/2015") near a message's top. */
  private static Optional<Read<LocalDate>> sentDate(String t, List<Message> messages) {
    Optional<Read<LocalDate>> best = Optional.empty();
    for (Message m : messages) {
      if (m.fromRequester()) {
        continue;
      }
      List<Line> lines = TextParts.lines(t, m.start(), m.end());
      for (int i = 0; i < Math.min(15, lines.size()); i++) {
        Matcher x = DATE_LINE.matcher(lines.get(i).text());
        if (x.find()) {
          Optional<LocalDate> d = date(x, 1);
          if (d.isPresent()) {
            Line l = lines.get(i);
            best = Optional.of(new Read<>(d.get(), new Span(l.start(), l.end()), true));
            break;
          }
        }
      }
    }
    return best;
  }

  private static final Pattern STAMP =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})T\\d{2}:\\d{2}");

  /**
   * An undated response in a thread whose headers carry each message's time (as WhatDoTheyKnow
   * shows it): the date of the message that holds the first answer, or else the first of the
   * authority's messages after the request that cites a provision.
   */
  private static Optional<Read<LocalDate>> stampOfResponse(
      String t, List<Message> messages, List<ReadQuestion> questions, List<Cited> cited) {
    Message response = null;
    for (ReadQuestion q : questions) {
      if (q.answerSpan() != null && !q.answer().isBlank() && !q.text().isEmpty()) {
        Message m = messageAt(messages, q.answerSpan().start());
        if (m != null && !m.fromRequester()) {
          response = m;
          break;
        }
      }
    }
    if (response == null) {
      for (Cited c : cited) {
        Message m = messageAt(messages, c.start());
        if (m != null && !m.fromRequester()) {
          response = m;
          break;
        }
      }
    }
    if (response == null || response.headerAt() < 0) {
      return Optional.empty();
    }
    Matcher x = STAMP.matcher(response.header());
    if (!x.find()) {
      return Optional.empty();
    }
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(x.group(1)),
              Integer.parseInt(x.group(2)),
              Integer.parseInt(x.group(3)));
      int at = response.headerAt() + x.start();
      return Optional.of(new Read<>(d, new Span(at, response.headerAt() + x.end()), false));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The date of the DATE groups starting at group {@code g}. */
  static Optional<LocalDate> date(Matcher x, int g) {
    try {
      if (x.group(g) != null) {
        int month = month(x.group(g + 1));
        return Optional.of(
            LocalDate.of(Integer.parseInt(x.group(g + 2)), month, Integer.parseInt(x.group(g))));
      }
      if (x.group(g + 3) != null) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(x.group(g + 5)),
                Integer.parseInt(x.group(g + 4)),
                Integer.parseInt(x.group(g + 3))));
      }
      if (x.group(g + 6) != null) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(x.group(g + 6)),
                Integer.parseInt(x.group(g + 7)),
                Integer.parseInt(x.group(g + 8))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(m)
        + 1;
  }

  // ---- rights, costs ----

  private static List<Sentence> authoritySentences(String t, List<Message> messages) {
    List<Sentence> out = new ArrayList<>();
    for (Message m : messages) {
      if (!m.fromRequester()) {
        out.addAll(TextParts.sentences(t, m.start(), m.end()));
      }
    }
    return out;
  }

  /**
   * Why the cost would exceed the limit, as the authority states it for this request: the sentences
   * of the answers refused on cost but those that set out the law (a section cited, the limit and
   * what it represents), a cost line (units × time), advice and assistance, the review and
   * complaint rights, and a sentence that only says which questions it answers. Empty when no
   * answer is refused on cost or nothing is left.
   */
  private static String whyOverTheLimit(List<Sentence> sentences, List<ReadQuestion> questions) {
    List<Span> refused =
        questions.stream()
            .filter(q -> q.outcome().orElse(null) == Outcome.REFUSED_COST_LIMIT)
            .map(ReadQuestion::answerSpan)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    List<Sentence> why = new ArrayList<>();
    for (Sentence s : sentences) {
      String x = s.text();
      if (refused.stream().noneMatch(a -> a.start() <= s.start() && s.end() <= a.end())
          || SECTION.matcher(x).find()
          || REGULATION.matcher(x).find()
          || CostLines.talksOfTheLimit(x)
          || ADVICE.matcher(x).find()
          || REVIEW.matcher(x).find()
          || COMMISSIONER.matcher(x).find()
          || CostLines.givesAWorking(x)
          || ONLY_WHICH.matcher(x.strip()).matches()) {
        continue;
      }
      why.add(s);
    }
    return joinText(why);
  }

  /** "In response to the two questions above.", "In answer to questions 4 and 5:". */
  private static final Pattern ONLY_WHICH =
      Pattern.compile(
          "(?i)(?:in\\s+(?:response|answer|reply)\\s+to|regarding|with\\s+regard\\s+to)\\s+"
              + "(?:the\\s+)?(?:\\w+\\s+){0,3}(?:questions?|points?|parts?)\\b[^.]{0,20}[.:]?");

  private static Optional<Read<String>> join(List<Sentence> sentences, Predicate<String> test) {
    List<Sentence> hits = sentences.stream().filter(s -> test.test(s.text())).toList();
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Read<>(
            joinText(hits), new Span(hits.get(0).start(), hits.get(hits.size() - 1).end()), true));
  }

  private static String joinText(List<Sentence> sentences) {
    List<String> parts = new ArrayList<>();
    for (Sentence s : sentences) {
      String x = TextParts.squash(s.text());
      if (!parts.contains(x)) {
        parts.add(x);
      }
    }
    return String.join(" ", parts);
  }
}
