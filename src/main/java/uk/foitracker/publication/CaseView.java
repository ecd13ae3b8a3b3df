package uk.foitracker.publication;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.foitracker.answer.TableView;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.CostEstimate;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Dates;
import uk.foitracker.web.Money;
import uk.foitracker.web.StatuteLabels;

/**
 * A published case as people read and re-use it: every question, answer, table, citation and the
 * cost assessment. Dates and the authority's reference are null when the response does not state
 * them. No requester data can reach this record.
 *
 * @param authorityReference the authority's reference the letter leads with, or null
 * @param due the statutory due date the clock gives from the date received
 * @param authorityReferences every reference the authority stated, the leading one first (null in a
 *     version published before they were kept)
 * @param statedDue the due date the authority stated, or null when not stated
 * @param relatedCases published cases this one belongs with (refined, repeated, aggregated), read
 *     at the time of reading: never an unpublished request
 * @param regimeChanges each change of regime (FOIA to EIR or back) with its date, in order; null in
 *     a version published before they were kept
 * @param correspondence the acknowledgement and holding replies sent before the response, each with
 *     its kind and date (never the officer's note), in date order; null in a version published
 *     before they were kept
 * @param acknowledgedOn the date of the first acknowledgement, or null when none is recorded
 * @param authoritySlug the slug of the authority that answered (its log is /a/{slug}/); a version
 *     stored before it was kept takes it from the request's authority
 *     <p>The last three are left out of the JSON when null (a version published before they were
 *     kept), so that such a version reads back and writes out exactly as it was published.
 */
public record CaseView(
    String slug,
    String title,
    String authority,
    Regime regime,
    String authorityReference,
    LocalDate receivedOn,
    LocalDate due,
    LocalDate sentOn,
    LocalDate publishedOn,
    String preamble,
    List<QuestionView> questions,
    String postscript,
    CostView costAssessment,
    String licence,
    String licenceStatement,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FileView> attachments,
    @JsonInclude(NON_NULL) List<InstalmentView> instalments,
    @JsonInclude(NON_NULL) List<InternalReviewView> reviews,
    @JsonInclude(NON_NULL) String reviewProcedure,
    @JsonInclude(NON_NULL) String complaintRights,
    @JsonInclude(NON_NULL) String attributionStatement,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<CitedView> citations,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> authorityReferences,
    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate statedDue,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<RelatedCaseView> relatedCases,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<RegimeChangeView> regimeChanges,
    @JsonInclude(NON_NULL) List<CorrespondenceView> correspondence,
    @JsonInclude(NON_NULL) LocalDate acknowledgedOn,
    String authoritySlug) {

  public CaseView {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /**
   * A published attachment: one an officer marked releasable. {@code href} downloads it; its
   * SHA-256 lets a reader check the file is the one published.
   */
  public record FileView(
      int number, String name, String mediaType, long sizeBytes, String sha256, String href) {
    /** "2.4 MB", "830 KB", "512 bytes". */
    public String sizeText() {
      if (sizeBytes < 1024) {
        return sizeBytes + (sizeBytes == 1 ? " byte" : " bytes");
      }
      if (sizeBytes < 1024 * 1024) {
        return Math.round(sizeBytes / 1024.0) + " KB";
      }
      return String.format(Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
  }

  /** True for an EIR case: its cost refusal is reg 12(4)(b), never s.12 or a limit in pounds. */
  public boolean eir() {
    return regime == Regime.EIR;
  }

  /** "Cost of compliance (section 12)", or for EIR "Manifestly unreasonable (reg 12(4)(b) EIR)". */
  public String costHeading() {
    return CostEstimate.costGround(regime);
  }

  /**
   * A published case this one belongs with.
   *
   * @param kind REFINED, REPEATED or AGGREGATED
   * @param label how the link reads from this case, e.g. "Refines request"
   * @param kindLabel the kind in words, with the law it comes from
   */
  public record RelatedCaseView(
      String kind, String label, String kindLabel, String slug, String title) {}

  /**
   * A change of regime as recorded on the request (FOIA s.39(1), EIR reg 5): the date and the
   * regimes before and after. The officer's reason stays on the request page (free text, not
   * published).
   */
  public record RegimeChangeView(LocalDate on, Regime from, Regime to) {
    /** "From FOIA to EIR on 8 April 2025". */
    public String text() {
      return "From " + from + " to " + to + " on " + Dates.display(on);
    }
  }

  /**
   * A letter the authority sent about the request before the response: ACKNOWLEDGED or
   * HOLDING_REPLY, and the day it was sent. It did not move the statutory clock.
   */
  public record CorrespondenceView(String kind, String label, LocalDate sentOn) {
    /** "Acknowledged on 5 March 2015". */
    public String text() {
      return label + " on " + Dates.display(sentOn);
    }

    /** "5 March 2015". */
    public String sentOnText() {
      return Dates.display(sentOn);
    }
  }

  /** The date of the first acknowledgement among the letters, or null. */
  static LocalDate acknowledged(List<CorrespondenceView> letters) {
    return letters == null
        ? null
        : letters.stream()
            .filter(l -> "ACKNOWLEDGED".equals(l.kind()))
            .map(CorrespondenceView::sentOn)
            .findFirst()
            .orElse(null);
  }

  /** The same case with its related cases as they stand now. */
  public CaseView withRelatedCases(List<RelatedCaseView> related) {
    return new CaseView(
        slug,
        title,
        authority,
        regime,
        authorityReference,
        receivedOn,
        due,
        sentOn,
        publishedOn,
        preamble,
        questions,
        postscript,
        costAssessment,
        licence,
        licenceStatement,
        attachments,
        instalments,
        reviews,
        reviewProcedure,
        complaintRights,
        attributionStatement,
        citations,
        authorityReferences,
        statedDue,
        List.copyOf(related),
        regimeChanges,
        correspondence,
        acknowledgedOn,
        authoritySlug);
  }

  /** The same case naming its authority's slug (for a version stored before slugs were kept). */
  public CaseView withAuthoritySlug(String slug) {
    return new CaseView(
        this.slug,
        title,
        authority,
        regime,
        authorityReference,
        receivedOn,
        due,
        sentOn,
        publishedOn,
        preamble,
        questions,
        postscript,
        costAssessment,
        licence,
        licenceStatement,
        attachments,
        instalments,
        reviews,
        reviewProcedure,
        complaintRights,
        attributionStatement,
        citations,
        authorityReferences,
        statedDue,
        relatedCases,
        regimeChanges,
        correspondence,
        acknowledgedOn,
        slug);
  }

  /** The references after the leading one. */
  public List<String> otherReferences() {
    return authorityReferences == null || authorityReferences.size() < 2
        ? List.of()
        : authorityReferences.subList(1, authorityReferences.size());
  }

  public String otherReferencesText() {
    return String.join("; ", otherReferences());
  }

  /** The due date the authority stated, or "Not stated". */
  public String statedDueText() {
    return Dates.display(statedDue);
  }

  public record QuestionView(
      int number,
      String text,
      Outcome outcome,
      String outcomeLabel,
      List<CitationView> provisions,
      AnswerView answer,
      @JsonInclude(NON_NULL) List<AnswerView> furtherAnswers) {
    /** The answers sent in later instalments for this question; never null. */
    public List<AnswerView> laterAnswers() {
      return furtherAnswers == null ? List.of() : furtherAnswers;
    }
  }

  /** An answer; {@code questionNumbers} lists every question it answers (Leicester's 4 and 5). */
  public record AnswerView(
      int position,
      List<Integer> questionNumbers,
      List<String> paragraphs,
      List<TableView> tables,
      @JsonInclude(NON_NULL) Integer instalment) {}

  /**
   * One instalment of the response as sent: its number, date and the questions it answered; {@code
   * reviewNumber} when it released information at that internal review.
   */
  public record InstalmentView(
      int number,
      LocalDate sentOn,
      List<Integer> questionNumbers,
      List<Integer> answerPositions,
      boolean moreToFollow,
      Integer reviewNumber) {
    public String sentText() {
      return Dates.display(sentOn);
    }

    public String questionsText() {
      return questionNumbers == null || questionNumbers.isEmpty()
          ? "None"
          : Money.joinNumbers(questionNumbers);
    }
  }

  /** An internal review as published: its clock, its decision per question and the text. */
  public record InternalReviewView(
      int number,
      LocalDate requestedOn,
      LocalDate acknowledgedOn,
      LocalDate due,
      LocalDate latestDue,
      LocalDate statedDue,
      LocalDate decidedOn,
      String outcome,
      String outcomeLabel,
      String decisionText,
      List<ReviewDecisionView> decisions,
      Integer releasedInstalment) {
    public String requestedText() {
      return Dates.display(requestedOn);
    }

    public String acknowledgedText() {
      return Dates.display(acknowledgedOn);
    }

    public String dueText() {
      return Dates.display(due);
    }

    public String latestDueText() {
      return Dates.display(latestDue);
    }

    public String statedDueText() {
      return Dates.display(statedDue);
    }

    public String decidedText() {
      return decidedOn == null ? "Not yet decided" : Dates.display(decidedOn);
    }

    public String outcomeText() {
      return outcomeLabel == null ? Dates.NOT_STATED : outcomeLabel;
    }

    /** The decision text in paragraphs (split at blank lines). */
    public List<String> decisionParagraphs() {
      return decisionText == null
          ? List.of()
          : Arrays.stream(decisionText.split("\\n\\s*\\n"))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .toList();
    }
  }

  /** A review's decision on one question. */
  public record ReviewDecisionView(int questionNumber, String outcome, String outcomeLabel) {
    public String key() {
      return "Question " + questionNumber;
    }
  }

  /** The instalments; never null (a snapshot published before them has none). */
  public List<InstalmentView> instalmentList() {
    return instalments == null ? List.of() : instalments;
  }

  /** The internal reviews; never null. */
  public List<InternalReviewView> reviewList() {
    return reviews == null ? List.of() : reviews;
  }

  public record CitationView(
      String code,
      String reference,
      String title,
      ProvisionKind kind,
      CitationRole role,
      String reasons) {
    public String roleLabel() {
      return StatuteLabels.label(role);
    }
  }

  /**
   * One citation as the response makes it: the provision once, with every question it covers, the
   * reasons, the public interest test of a qualified exemption, whether it neither confirms nor
   * denies, and the decisions relied on. {@code provision} is the catalogue code.
   */
  public record CitedView(
      String provision,
      String reference,
      String title,
      ProvisionKind kind,
      CitationRole role,
      List<Integer> questions,
      String reasons,
      PublicInterestView publicInterest,
      boolean ncnd,
      String excludedDuty,
      boolean absolute,
      List<PrecedentView> precedents) {
    public String roleLabel() {
      return StatuteLabels.label(role);
    }

    public String questionsText() {
      return (questions.size() == 1 ? "Question " : "Questions ") + Money.joinNumbers(questions);
    }

    public List<String> reasonParagraphs() {
      return paragraphs(reasons);
    }
  }

  /** The public interest test (FOIA s.17(3), EIR reg 12(1)(b)): arguments and the conclusion. */
  public record PublicInterestView(
      @JsonProperty("for") String argumentsFor, String against, String conclusion) {
    public List<String> forParagraphs() {
      return paragraphs(argumentsFor);
    }

    public List<String> againstParagraphs() {
      return paragraphs(against);
    }

    public List<String> conclusionParagraphs() {
      return paragraphs(conclusion);
    }
  }

  /**
   * A decision relied on: {@code kind} ICO_DECISION_NOTICE or TRIBUNAL_APPEAL; {@code url} where to
   * read it (for an appeal, the tribunal's decisions database: it has no address per appeal).
   */
  public record PrecedentView(String kind, String kindLabel, String reference, String url) {}

  /** Text split into its paragraphs at line breaks; none for no text. */
  static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R+")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  public record CostView(
      int limitPence,
      int hourlyRatePence,
      int limitHours,
      List<Integer> questionNumbers,
      List<CostLineView> lines,
      int estimatedMinutes,
      String statement,
      String advice,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal statedHours,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal computedHours,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal computedHoursMax) {
    /** The estimate's minutes at the high end of its ranges. */
    public int estimatedMinutesMax() {
      return lines.stream().mapToInt(CostLineView::high).sum();
    }

    /** True when a line's minutes for each unit are a range. */
    public boolean range() {
      return estimatedMinutesMax() != estimatedMinutes;
    }

    /** The computed hours, "66.7" or "13.3 to 33.3" for a range. */
    public String computedText() {
      BigDecimal low = computedHours == null ? CostEstimate.hours(estimatedMinutes) : computedHours;
      BigDecimal high = computedHoursMax == null ? low : computedHoursMax;
      return low.compareTo(high) == 0
          ? low.toPlainString()
          : low.toPlainString() + " to " + high.toPlainString();
    }

    /** The hours the authority stated, as it stated them; "Not stated" when it did not. */
    public String statedText() {
      return statedHours == null
          ? Dates.NOT_STATED
          : statedHours.stripTrailingZeros().toPlainString();
    }

    /** Why the stated hours do not follow from the lines; null when they do, or none is stated. */
    public String statedWarning() {
      int high = lines.stream().mapToInt(CostLineView::high).sum();
      return CostEstimate.checkStated(estimatedMinutes, high, statedHours)
          .map(CostEstimate.StatedCheck::warning)
          .orElse(null);
    }

    public String limitText() {
      return Money.pounds(limitPence);
    }

    public String rateText() {
      return Money.pounds(hourlyRatePence);
    }

    public String questionsText() {
      return Money.joinNumbers(questionNumbers);
    }

    public boolean itemised() {
      return !lines.isEmpty();
    }
  }

  /**
   * A line of the estimate: {@code minutes} outright, or {@code units} × minutes each (a range from
   * {@code minutesEachMin} to {@code minutesEachMax}), {@code minutes} then being the low end and
   * {@code minutesMax} the high end. The unit fields are null for lines stated outright.
   */
  public record CostLineView(
      String activity,
      String activityLabel,
      String basis,
      int minutes,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer units,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesEachMin,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesEachMax,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesMax) {
    public CostLineView(String activity, String activityLabel, String basis, int minutes) {
      this(activity, activityLabel, basis, minutes, null, null, null, null);
    }

    int high() {
      return minutesMax == null ? minutes : minutesMax;
    }

    /** "90 minutes"; "2000 × 2 minutes = 4000 minutes"; "400 × 2–5 minutes = 800–2000 minutes". */
    public String minutesText() {
      boolean range = minutesEachMax != null && !minutesEachMax.equals(minutesEachMin);
      if (units == null && minutesEachMin != null) {
        return minutesEachMin
            + (range ? "–" + minutesEachMax : "")
            + " minutes each; how many is not stated";
      }
      if (units == null || minutesEachMin == null) {
        return (units == null ? "" : units + " units: ") + minutes + " minutes";
      }
      return units
          + " × "
          + minutesEachMin
          + (range ? "–" + minutesEachMax : "")
          + " minutes = "
          + minutes
          + (range ? "–" + high() : "")
          + " minutes";
    }
  }

  public String referenceText() {
    return authorityReference == null ? Dates.NOT_STATED : authorityReference;
  }

  public String receivedText() {
    return Dates.display(receivedOn);
  }

  /** The statutory due date, worked out only from a stated received date, never guessed. */
  public String dueText() {
    return receivedOn == null
        ? "Not stated (the date the request was received is not stated)"
        : Dates.display(due);
  }

  public String sentText() {
    return Dates.display(sentOn);
  }

  public String publishedText() {
    return Dates.display(publishedOn);
  }

  public List<TableView> allTables() {
    List<TableView> tables = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    blocks()
        .forEach(
            b -> {
              if (b.answer() != null) tables.addAll(b.answer().tables());
              for (QuestionView q : b.questions()) {
                for (AnswerView later : q.laterAnswers()) {
                  if (seen.add(later.position())) tables.addAll(later.tables());
                }
              }
            });
    return tables;
  }

  /** Questions grouped with the answer they share, in order: how the letter reads. */
  public List<AnswerBlock> blocks() {
    List<AnswerBlock> blocks = new ArrayList<>();
    for (QuestionView q : questions) {
      AnswerBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null
          && q.answer() != null
          && last.answer() != null
          && last.answer().position() == q.answer().position()) {
        last.questions().add(q);
      } else {
        blocks.add(new AnswerBlock(new ArrayList<>(List.of(q)), q.answer()));
      }
    }
    return blocks;
  }

  /** One or more questions and the answer they share. */
  public record AnswerBlock(List<QuestionView> questions, AnswerView answer) {
    public String heading() {
      List<Integer> numbers = questions.stream().map(QuestionView::number).toList();
      return (numbers.size() == 1 ? "Question " : "Questions ") + Money.joinNumbers(numbers);
    }

    public String id() {
      return "question-"
          + questions.stream()
              .map(q -> String.valueOf(q.number()))
              .collect(Collectors.joining("-"));
    }
  }
}
