package uk.foitracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.foitracker.rules.Regime;

/**
 * Gives each request its reference, FOI-2026-00042 or EIR-2026-00007: a prefix by regime, the year
 * of receipt, and the next number in that year. The counter row is locked by the update until the
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
  String next(Regime regime, int year) {
    String prefix = prefix(regime);
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
    return format(regime, year, n.intValue());
  }

  static String prefix(Regime regime) {
    return regime == Regime.FOIA ? "FOI" : "EIR";
  }

  static String format(Regime regime, int year, int number) {
    return String.format("%s-%d-%05d", prefix(regime), year, number);
  }
}
