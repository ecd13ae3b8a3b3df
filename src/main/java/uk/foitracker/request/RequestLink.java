package uk.foitracker.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * Two requests that belong together, recorded once from {@link #request} (the refined, repeated or
 * aggregated one) to {@link #other}; both show it. The note is for officers only: it is never
 * published.
 */
@Entity
@Table(name = "request_link")
public class RequestLink extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "other_request_id")
  public FoiRequest other;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public RequestLinkKind kind;

  @Column(length = 2000)
  public String note;

  @Column(nullable = false, length = 100)
  public String actor;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Every link from or to the request, oldest first. */
  public static List<RequestLink> touching(FoiRequest request) {
    return list(
        "select l from RequestLink l join fetch l.request join fetch l.other"
            + " where l.request = ?1 or l.other = ?1 order by l.id",
        request);
  }

  /**
   * Links two requests unless they are already linked with this kind (either way round): how a cost
   * assessment's aggregation (Fees Regulations 2004 reg 5) shows on both requests.
   */
  public static void ensure(
      FoiRequest from, FoiRequest to, RequestLinkKind kind, String note, String actor, Instant at) {
    if (from.id.equals(to.id)) {
      return;
    }
    long existing =
        count(
            "kind = ?1 and ((request = ?2 and other = ?3) or (request = ?3 and other = ?2))",
            kind,
            from,
            to);
    if (existing > 0) {
      return;
    }
    RequestLink l = new RequestLink();
    l.request = from;
    l.other = to;
    l.kind = kind;
    l.note = note;
    l.actor = actor;
    l.createdAt = at;
    l.persist();
  }
}
