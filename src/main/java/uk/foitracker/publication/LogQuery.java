package uk.foitracker.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * What someone asked the disclosure log for, checked: search words, filters, order and page.
 *
 * @param q the search words, or null for no search
 * @param outcomes cases with at least one question with any of these outcomes (empty: any)
 * @param provision the code of a provision cited, e.g. FOIA-12 (null: any)
 * @param year the year of publication (null: any, including cases whose date is not stated)
 * @param authority the slug of the authority that answered (null: every authority)
 */
public record LogQuery(
    String q,
    Set<Outcome> outcomes,
    String provision,
    Regime regime,
    Integer year,
    LogSort sort,
    int page,
    String authority) {
  public static final int MAX_SEARCH_LENGTH = 200;

  /** FOIA came fully into force on 1 January 2005. */
  static final int FIRST_YEAR = 2005;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern PAGE = Pattern.compile("\\d{1,9}");

  public static LogQuery all() {
    return new LogQuery(null, Set.of(), null, null, null, LogSort.NEWEST, 1, null);
  }

  public boolean searching() {
    return q != null;
  }

  public boolean filtered() {
    return !outcomes.isEmpty()
        || provision != null
        || regime != null
        || year != null
        || authority != null;
  }

  /**
   * The raw parameters as they came, for redisplay in the form. {@code after} and {@code before}
   * are the page keys of the links to the next and previous pages ({@link LogKey}).
   */
  public record Raw(
      String q,
      List<String> outcomes,
      String provision,
      String regime,
      String year,
      String sort,
      String page,
      String after,
      String before,
      String authority) {
    public Raw {
      outcomes = outcomes == null ? List.of() : outcomes.stream().filter(o -> o != null).toList();
    }

    /** Without a page key: the page number alone places the page. */
    public Raw(
        String q,
        List<String> outcomes,
        String provision,
        String regime,
        String year,
        String sort,
        String page) {
      this(q, outcomes, provision, regime, year, sort, page, null, null, null);
    }

    /** Every authority: the page keys and no authority chosen. */
    public Raw(
        String q,
        List<String> outcomes,
        String provision,
        String regime,
        String year,
        String sort,
        String page,
        String after,
        String before) {
      this(q, outcomes, provision, regime, year, sort, page, after, before, null);
    }

    /** The same parameters, for one authority's log. */
    public Raw forAuthority(String slug) {
      return new Raw(q, outcomes, provision, regime, year, sort, page, after, before, slug);
    }

    /**
     * The search words: "" when the address has {@code q} with no value (an empty search, which is
     * an error), null when it has no {@code q} at all (no search).
     */
    public static String search(String q, boolean addressHasQ) {
      if (q != null) {
        return q;
      }
      return addressHasQ ? "" : null;
    }
  }

  /**
   * Checks every parameter and reports every problem at once.
   *
   * @param provisionExists whether a provision code is in the catalogue
   */
  public static LogQuery parse(Raw raw, int currentYear, Predicate<String> provisionExists) {
    return parse(raw, currentYear, provisionExists, slug -> true);
  }

  /**
   * Checks every parameter and reports every problem at once.
   *
   * @param provisionExists whether a provision code is in the catalogue
   * @param authorityExists whether an authority has this slug
   */
  public static LogQuery parse(
      Raw raw,
      int currentYear,
      Predicate<String> provisionExists,
      Predicate<String> authorityExists) {
    List<FieldError> errors = new ArrayList<>();

    String q = searchWords(raw.q(), errors);

    Set<Outcome> outcomes = new LinkedHashSet<>();
    for (String value : raw.outcomes()) {
      if (value == null || value.isBlank()) {
        continue;
      }
      try {
        outcomes.add(Outcome.valueOf(value.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("outcome", "Choose outcomes from the list"));
        break;
      }
    }

    String provision = blankToNull(raw.provision());
    if (provision != null && !provisionExists.test(provision)) {
      errors.add(new FieldError("provision", "Choose a provision from the list"));
      provision = null;
    }

    Regime regime = null;
    String regimeText = blankToNull(raw.regime());
    if (regimeText != null) {
      try {
        regime = Regime.valueOf(regimeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("regime", "Choose FOIA or EIR"));
      }
    }

    Integer year = year(raw.year(), currentYear, errors);

    LogSort sort = q != null ? LogSort.RELEVANCE : LogSort.NEWEST;
    String sortText = blankToNull(raw.sort());
    if (sortText != null) {
      var chosen = LogSort.fromParam(sortText);
      if (chosen.isEmpty()) {
        errors.add(new FieldError("sort", "Choose an order from the list"));
      } else if (chosen.get() == LogSort.RELEVANCE && raw.q() == null) {
        errors.add(
            new FieldError(
                "sort", "Best match needs search words: choose another order or search"));
      } else {
        sort = chosen.get();
      }
    }

    int page = 1;
    String pageText = blankToNull(raw.page());
    if (pageText != null) {
      if (!PAGE.matcher(pageText).matches() || Integer.parseInt(pageText) < 1) {
        errors.add(new FieldError("page", "Page must be a whole number, 1 or more"));
      } else {
        page = Integer.parseInt(pageText);
      }
    }

    String authority = blankToNull(raw.authority());
    if (authority != null && !authorityExists.test(authority)) {
      errors.add(new FieldError("authority", "Choose an authority from the list"));
      authority = null;
    }

    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return new LogQuery(q, Set.copyOf(outcomes), provision, regime, year, sort, page, authority);
  }

  /** The search words, stripped; null when there are none or they are refused. */
  private static String searchWords(String raw, List<FieldError> errors) {
    String q = null;
    if (raw != null) {
      String text = raw.strip();
      if (text.isEmpty()) {
        errors.add(new FieldError("q", "Enter words to search for"));
      } else if (text.length() > MAX_SEARCH_LENGTH) {
        errors.add(
            new FieldError(
                "q", "Search words must be " + MAX_SEARCH_LENGTH + " characters or fewer"));
      } else if (!WORD.matcher(text).find()) {
        errors.add(new FieldError("q", "Enter words or numbers to search for"));
      } else {
        q = text;
      }
    }
    return q;
  }

  /** The year of publication; null when none is chosen or it is refused. */
  private static Integer year(String raw, int currentYear, List<FieldError> errors) {
    Integer year = null;
    String yearText = blankToNull(raw);
    if (yearText != null) {
      if (!YEAR.matcher(yearText).matches()) {
        errors.add(new FieldError("year", "Enter the year as 4 digits, like " + currentYear));
      } else {
        int y = Integer.parseInt(yearText);
        if (y < FIRST_YEAR || y > currentYear) {
          errors.add(
              new FieldError("year", "Year must be between " + FIRST_YEAR + " and " + currentYear));
        } else {
          year = y;
        }
      }
    }
    return year;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
