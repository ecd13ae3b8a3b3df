package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.foitracker.rules.Regime;

/**
 * Gives each request its reference, FOI-2026-00042 or EIR-2026-00007: a prefix by regime (after the
 * authority's own reference prefix when it has one: DUR-FOI-2026-00001), the year of receipt, and
 * the next number in that year for that prefix. The counter row is locked by the update until the
 * request's transaction ends, so concurrent officers queue for it and never share a number; a
 * request that fails to save gives its number back. Portable SQL: H2 (PostgreSQL mode) and
 * PostgreSQL both accept {@code on conflict do nothing}.
 */
@ApplicationScoped
class ReferenceNumbers {
  private final EntityManager em;

  ReferenceNumbers(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  String next(String authorityPrefix, Regime regime, int year) {
    String prefix = prefix(authorityPrefix, regime);
    em.createNativeQuery(
            "insert into reference_counter (prefix, receipt_year, last_number) values (?1, ?2, 0)"
                + " on conflict do nothing")
        .setParameter(1, prefix)
        .setParameter(2, year)
        .executeUpdate();
    em.createNativeQuery(
            "update reference_counter set last_number = last_number + 1"
                + " where prefix = ?1 and receipt_year = ?2")
        .setParameter(1, prefix)
        .setParameter(2, year)
        .executeUpdate();
    Number n =
        (Number)
            em.createNativeQuery(
                    "select last_number from reference_counter where prefix = ?1 and receipt_year = ?2")
                .setParameter(1, prefix)
                .setParameter(2, year)
                .getSingleResult();
    return format(prefix, year, n.intValue());
  }

  static String prefix(Regime regime) {
    return regime == Regime.FOIA ? "FOI" : "EIR";
  }

  /** DUR-FOI for an authority whose prefix is DUR; FOI for one with none (null or blank). */
  static String prefix(String authorityPrefix, Regime regime) {
    return authorityPrefix == null || authorityPrefix.isBlank()
        ? prefix(regime)
        : authorityPrefix.strip() + "-" + prefix(regime);
  }

  static String format(Regime regime, int year, int number) {
    return format(prefix(regime), year, number);
  }

  static String format(String prefix, int year, int number) {
    return String.format("%s-%d-%05d", prefix, year, number);
  }
}
