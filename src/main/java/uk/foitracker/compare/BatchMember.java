package uk.foitracker.compare;

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

/** A case marked as an answer to a batch's request. */
@Entity
@Table(name = "compare_member")
public class BatchMember extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  public Batch batch;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @Column(name = "added_by", nullable = false, length = 100)
  public String addedBy;

  @Column(name = "added_at", nullable = false)
  public Instant addedAt;

  /** The batch's members with their requests and authorities, in the order they were added. */
  public static List<BatchMember> of(Batch batch) {
    return find(
            "select m from BatchMember m join fetch m.request r join fetch r.authority"
                + " where m.batch = ?1 order by m.id",
            batch)
        .list();
  }
}
