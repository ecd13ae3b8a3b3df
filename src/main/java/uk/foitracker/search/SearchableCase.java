package uk.foitracker.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The public text of one published case, exactly as the disclosure log shows it, and the facts the
 * log filters and orders by, so that a search is filtered, ordered, counted and paged in the index
 * alone and the database reads only the cases of the page shown.
 */
public record SearchableCase(
    String slug,
    String title,
    List<String> questions,
    List<String> answers,
    List<String> captions,
    Facts facts) {

  /** A case with no facts to filter on (tests of the text alone). */
  public SearchableCase(
      String slug,
      String title,
      List<String> questions,
      List<String> answers,
      List<String> captions) {
    this(slug, title, questions, answers, captions, Facts.NONE);
  }

  /**
   * What the log filters and orders by: as stored on the request and its questions and citations.
   *
   * @param id the request's id (the last tie-break of every order)
   * @param regime FOIA or EIR
   * @param publishedOn null when the date is not stated
   * @param createdAt when the case was added to this log
   * @param outcomes the outcomes of its questions (enum names)
   * @param provisions the codes of the provisions its questions cite
   * @param authority the slug of the authority that answered
   */
  public record Facts(
      long id,
      String regime,
      LocalDate publishedOn,
      Instant createdAt,
      Set<String> outcomes,
      Set<String> provisions,
      String authority) {
    static final Facts NONE = new Facts(0, null, null, null, Set.of(), Set.of(), null);

    /** Facts without the authority (tests of one authority). */
    public Facts(
        long id,
        String regime,
        LocalDate publishedOn,
        Instant createdAt,
        Set<String> outcomes,
        Set<String> provisions) {
      this(id, regime, publishedOn, createdAt, outcomes, provisions, null);
    }
  }
}
