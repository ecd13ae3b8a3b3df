package uk.foitracker.request;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import uk.foitracker.web.NotFoundProblem;

/**
 * The one optimistic-locking pattern of every write to a request and what hangs off it (the
 * officer's workspace and the response composed under it): the request is read by reference,
 * refused when the version the officer saw is out of date, and locked with its version bumped so
 * that a concurrent save of the same version fails too. A caller that passes no version is not
 * checked, but still bumps the version, so an officer's older copy is refused after it.
 */
public final class RequestLocks {
  private RequestLocks() {}

  /**
   * The request as the officer saw it, locked for this transaction.
   *
   * @param expectedVersion the version on the officer's form or in the API's {@code If-Match}; null
   *     to skip the check
   * @throws NotFoundProblem when no request has the reference
   * @throws StaleRequestException when someone saved a change since (HTTP 409)
   */
  public static FoiRequest current(String reference, Long expectedVersion) {
    FoiRequest r =
        FoiRequest.findByReference(reference)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + reference));
    if (expectedVersion != null && r.version != expectedVersion) {
      throw new StaleRequestException();
    }
    try {
      FoiRequest.getEntityManager().lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    } catch (PersistenceException e) {
      throw new StaleRequestException();
    }
    return r;
  }
}
