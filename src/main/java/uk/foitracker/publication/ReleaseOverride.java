package uk.foitracker.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import uk.foitracker.request.FoiRequest;

/**
 * An officer's decision that one release-check hit is not personal data (or may be released), with
 * the reason: the hit no longer refuses publishing or sending. Never updated or deleted; the same
 * decision is in the audit log.
 */
@Entity
@Table(name = "release_override")
public class ReleaseOverride extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  /** The hit's key: its kind and where it is ({@link ReleaseHit#key()}). */
  @Column(name = "hit_key", nullable = false, length = 400)
  public String hitKey;

  @Column(nullable = false, length = 60)
  public String kind;

  @Column(nullable = false, length = 2000)
  public String reason;

  @Column(name = "decided_by", nullable = false, length = 200)
  public String decidedBy;

  @Column(name = "decided_at", nullable = false)
  public Instant decidedAt;

  static List<ReleaseOverride> of(FoiRequest request) {
    return list("request = ?1 order by id", request);
  }
}
