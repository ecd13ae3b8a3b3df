package uk.foitracker.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A decision an authority relies on, as cited in a refusal: an Information Commissioner's decision
 * notice (FOIA s.50; "FS50123456" before 2020, "IC-123456-A1B2" since) or a First-tier Tribunal
 * (Information Rights) appeal under FOIA s.57 ("EA/2019/0123").
 *
 * @param kind what decided it
 * @param reference the reference as the decider writes it, upper case, no spaces
 */
public record PrecedentReference(Kind kind, String reference) {

  public enum Kind {
    ICO_DECISION_NOTICE,
    TRIBUNAL_APPEAL
  }

  private static final Pattern ICO_OLD = Pattern.compile("FS5\\d{7}");
  private static final Pattern ICO_NEW = Pattern.compile("IC-\\d{5,6}-[A-Z0-9]{4}");
  private static final Pattern TRIBUNAL = Pattern.compile("EA/(19|20)\\d{2}/\\d{4}");

  /** The reference read from what an officer typed, or empty when it has none of the shapes. */
  public static Optional<PrecedentReference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (ICO_OLD.matcher(s).matches() || ICO_NEW.matcher(s).matches()) {
      return Optional.of(new PrecedentReference(Kind.ICO_DECISION_NOTICE, s));
    }
    if (TRIBUNAL.matcher(s).matches()) {
      return Optional.of(new PrecedentReference(Kind.TRIBUNAL_APPEAL, s));
    }
    return Optional.empty();
  }

  /**
   * Where the public can read it. ICO: the decision notice search with the reference as the query.
   * Tribunal: the Information Rights decisions database has no stable address per appeal and its
   * search is a form without a query URL, so the link is the database's search page and the
   * reference is shown as text beside it.
   */
  public String url() {
    return switch (kind) {
      case ICO_DECISION_NOTICE ->
          "https://ico.org.uk/action-weve-taken/decision-notices/?facet_type=&facet_sector="
              + "&facet_date=&date_from=&date_to=&query="
              // the patterns admit only A-Z, 0-9 and "-": safe in a query as they are
              + reference;
      case TRIBUNAL_APPEAL -> "https://informationrights.decisions.tribunals.gov.uk/";
    };
  }

  /** "ICO decision notice" or "First-tier Tribunal appeal". */
  public String kindLabel() {
    return switch (kind) {
      case ICO_DECISION_NOTICE -> "ICO decision notice";
      case TRIBUNAL_APPEAL -> "First-tier Tribunal appeal";
    };
  }
}
