package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.foitracker.authority.Authority;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;

/** The authorities with the number of cases each has published, for the public API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedAuthorities {
  private final PublicationCache cache;

  PublishedAuthorities(PublicationCache cache) {
    this.cache = cache;
  }

  /** Every authority, by name. */
  public List<AuthoritySummary> all() {
    Map<Long, Long> counts = counts();
    return Authority.listByName().stream()
        .map(a -> summary(a, counts.getOrDefault(a.id, 0L)))
        .toList();
  }

  /** The authority of this slug. */
  public Optional<AuthoritySummary> find(String slug) {
    return Authority.findBySlug(slug).map(a -> summary(a, counts().getOrDefault(a.id, 0L)));
  }

  /** Published cases per authority id: counted once until a case changes. */
  private Map<Long, Long> counts() {
    return cache.get("authority counts", PublishedAuthorities::countNow);
  }

  private static Map<Long, Long> countNow() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        FoiRequest.getEntityManager()
            .createQuery(
                "select r.authority.id, count(r) from FoiRequest r where r.state = :published"
                    + " group by r.authority.id",
                Object[].class)
            .setParameter("published", RequestState.PUBLISHED)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return Map.copyOf(counts);
  }

  private static AuthoritySummary summary(Authority a, long cases) {
    return new AuthoritySummary(
        a.slug,
        a.name,
        a.kind,
        a.kind.label(),
        a.appropriateLimitPence / 100,
        cases,
        AuthoritySummary.Links.of(a.slug));
  }
}
