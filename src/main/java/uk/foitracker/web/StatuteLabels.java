package uk.foitracker.web;

import io.quarkus.qute.TemplateExtension;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foitracker.rules.BlankMeaning;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.ReviewOutcome;
import uk.foitracker.rules.checks.Severity;
import uk.foitracker.rules.stats.RequestOutcome;
import uk.foitracker.rules.stats.ReviewTimeliness;
import uk.foitracker.rules.stats.TimelinessBand;

/**
 * How the statute's enums (in {@code uk.foitracker.rules} and its checks and statistics, which know
 * nothing of display) are shown: their human labels, GOV.UK tag colours and CSS modifiers.
 * Templates keep writing {@code {outcome.label}} and {@code {outcome.colour}}: these are Qute
 * template extension methods. Java that writes the same words (exports, letters, audit messages)
 * calls them directly, so a label is written in one place.
 *
 * <p>Every switch names every constant: a constant added to a rules enum does not compile until it
 * has its label here.
 */
@TemplateExtension
public final class StatuteLabels {
  private StatuteLabels() {}

  /** An outcome as shown in its tag and in exports. */
  public static String label(Outcome outcome) {
    return switch (outcome) {
      case PROVIDED_IN_FULL -> "Provided in full";
      case PROVIDED_IN_PART -> "Provided in part";
      case NOT_HELD -> "Not held";
      case REFUSED_COST_LIMIT -> "Refused: cost limit";
      case REFUSED_EXEMPTION -> "Refused: exemption";
      case NEITHER_CONFIRM_NOR_DENY -> "Neither confirm nor deny";
      case RELATED_INFORMATION_GIVEN -> "Related information given";
    };
  }

  /** An outcome's GOV.UK tag colour modifier ({@code govuk-tag--<colour>}). */
  public static String colour(Outcome outcome) {
    return switch (outcome) {
      case PROVIDED_IN_FULL -> "green";
      case PROVIDED_IN_PART -> "light-blue";
      case NOT_HELD -> "grey";
      case REFUSED_COST_LIMIT -> "orange";
      case REFUSED_EXEMPTION -> "red";
      case NEITHER_CONFIRM_NOR_DENY -> "purple";
      case RELATED_INFORMATION_GIVEN -> "turquoise";
    };
  }

  /** What sort of provision, as the provisions catalogue shows it. */
  public static String label(ProvisionKind kind) {
    return switch (kind) {
      case DENIAL -> "Denial: not held";
      case PROCEDURE -> "Procedure";
      case COST_LIMIT -> "Cost limit";
      case REFUSAL -> "Refusal";
      case ADVICE -> "Advice and assistance";
      case ABSOLUTE -> "Absolute exemption";
      case QUALIFIED -> "Qualified exemption: public interest test";
    };
  }

  /** The part a cited provision plays, as shown beside the citation. */
  public static String label(CitationRole role) {
    return switch (role) {
      case DENIAL -> "Denial (not held)";
      case EXEMPTION -> "Exemption";
      case PROCEDURE -> "Procedure";
      case COST_LIMIT -> "Cost limit";
      case ADVICE -> "Advice and assistance";
    };
  }

  /** What a table cell holds, as read out to screen readers and written in CSV exports. */
  public static String label(CellState state) {
    return switch (state) {
      case VALUE -> "Value";
      case NOT_HELD -> "Not held";
      case SUPPRESSED -> "Withheld (small number)";
      case NIL -> "Nil";
      case NOT_APPLICABLE -> "Not applicable";
      case NOT_STATED -> "Not stated";
    };
  }

  /** What the blank cells of a table mean, as its key says: "A blank cell means zero". */
  public static String label(BlankMeaning meaning) {
    return switch (meaning) {
      case NOT_STATED -> "Not stated";
      case ZERO -> "Zero";
      case NOT_HELD -> "Not held";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /** A cell's CSS modifier ({@code app-table__cell--<modifier>}), e.g. "not-held". */
  public static String modifier(CellState state) {
    return switch (state) {
      case VALUE -> "value";
      case NOT_HELD -> "not-held";
      case SUPPRESSED -> "suppressed";
      case NIL -> "nil";
      case NOT_APPLICABLE -> "not-applicable";
      case NOT_STATED -> "not-stated";
    };
  }

  /** An internal review's outcome, as shown and as counted in the statistics. */
  public static String label(ReviewOutcome outcome) {
    return switch (outcome) {
      case UPHELD -> "Upheld";
      case PARTLY_OVERTURNED -> "Partly overturned";
      case OVERTURNED -> "Overturned";
    };
  }

  /** A finding's severity, as shown in its tag. */
  public static String label(Severity severity) {
    return switch (severity) {
      case HIGH -> "High";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
      case CANNOT_ASSESS -> "Cannot be assessed";
    };
  }

  /** A finding's severity's GOV.UK tag colour modifier. */
  public static String colour(Severity severity) {
    return switch (severity) {
      case HIGH -> "red";
      case MEDIUM -> "orange";
      case LOW -> "yellow";
      case CANNOT_ASSESS -> "grey";
    };
  }

  /** The ICO's band for a response rate, as shown in its tag and in the CSV. */
  public static String label(TimelinessBand band) {
    return switch (band) {
      case GOOD -> "Good";
      case ADEQUATE -> "Adequate";
      case UNSATISFACTORY -> "Unsatisfactory";
    };
  }

  /** The ICO band's GOV.UK tag colour modifier. */
  public static String colour(TimelinessBand band) {
    return switch (band) {
      case GOOD -> "green";
      case ADEQUATE -> "yellow";
      case UNSATISFACTORY -> "red";
    };
  }

  /**
   * A request's outcome in the government's statistics' categories, as the page and CSV name it.
   */
  public static String label(RequestOutcome outcome) {
    return switch (outcome) {
      case GRANTED_IN_FULL -> "Granted in full";
      case PARTLY_WITHHELD -> "Partly withheld";
      case FULLY_WITHHELD -> "Fully withheld";
      case NEITHER_CONFIRM_NOR_DENY -> "Neither confirm nor deny";
      case NOT_HELD -> "Information not held";
      case REFUSED_COST -> "Refused on cost (s.12)";
      case VEXATIOUS -> "Vexatious (s.14(1))";
      case REPEATED -> "Repeated (s.14(2))";
      case S14_SUBSECTION_NOT_STATED -> "Vexatious or repeated (s.14, subsection not stated)";
      case NOT_RECORDED -> "Outcome not recorded";
    };
  }

  /** How an internal review met its time limit (Code of Practice paras 5.4-5.5; EIR reg 11(4)). */
  public static String label(ReviewTimeliness t) {
    return switch (t) {
      case IN_TARGET -> "Within 20 working days (EIR: 40)";
      case WITHIN_LONGEST -> "Within 40 working days";
      case LATE -> "After 40 working days";
      case PENDING -> "Pending, not yet due";
      case OVERDUE -> "Pending, past deadline";
    };
  }

  /**
   * The holiday calendar a due date was worked out on, in plain words: the library and its version
   * stay in the data ({@code calendar} in the JSON), not on screen.
   */
  public static String plainCalendar(String calendar) {
    return "UK-wide working-day calendar (weekends, Christmas Day, Good Friday and the bank"
        + " holidays of England and Wales, Scotland and Northern Ireland)";
  }

  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  /**
   * A recorded text (an audit event's before and after) with the names of the statute's constants
   * (e.g. PROVIDED_IN_FULL, PARTLY_OVERTURNED) in plain words; anything else left as it is.
   */
  public static String plainWords(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Map<String, String> words = new HashMap<>();
    for (Outcome o : Outcome.values()) {
      words.put(o.name(), label(o));
    }
    for (CitationRole r : CitationRole.values()) {
      words.put(r.name(), label(r));
    }
    for (ReviewOutcome r : ReviewOutcome.values()) {
      words.put(r.name(), label(r));
    }
    for (CellState c : CellState.values()) {
      words.put(c.name(), label(c));
    }
    Matcher m = CONSTANT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(words.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
