package uk.foitracker.publication;

import uk.foitracker.rules.AuthorityKind;

/**
 * A public authority as the public API shows it.
 *
 * @param slug its address: its disclosure log is /a/{slug}/
 * @param kind what kind of authority it is, which sets its appropriate limit
 * @param kindLabel the kind as the pages name it ("Police")
 * @param appropriateLimitPounds the s.12 appropriate limit it works to: £600 for central
 *     government, £450 for every other authority (SI 2004/3244, reg 3)
 * @param cases how many cases it has published
 * @param links where its disclosure log, cases, feed, CSV and statistics are
 */
public record AuthoritySummary(
    String slug,
    String name,
    AuthorityKind kind,
    String kindLabel,
    int appropriateLimitPounds,
    long cases,
    Links links) {

  /** The addresses of an authority's published information. */
  public record Links(
      String self, String log, String cases, String feed, String csv, String statistics) {
    static Links of(String slug) {
      String base = LogView.authorityBase(slug);
      return new Links(
          "/api/authorities/" + slug,
          base,
          "/api/cases?authority=" + slug,
          base + "cases.atom",
          base + "cases.csv",
          base + "statistics");
    }
  }
}
