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
import java.util.Optional;
import uk.foitracker.authority.Authority;

/** A batch: the same request sent to many authorities, whose answers are compared. */
@Entity
@Table(name = "compare_batch")
public class Batch extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** Its public address: /compare/{slug}. */
  @Column(nullable = false, unique = true, length = 120)
  public String slug;

  @Column(nullable = false, length = 300)
  public String title;

  /** The request as sent to every authority. */
  @Column(nullable = false, length = 20000)
  public String wording;

  @Column(name = "created_by", nullable = false, length = 100)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /**
   * One more after every change to the batch's members or label mappings: a comparison kept in
   * memory is used only while its batch is at the revision it was made from.
   */
  @Column(nullable = false)
  public long revision;

  /**
   * The authority of the officer who created it: only that authority's officers change it (null,
   * before it was recorded: the installation's own authority).
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "authority_id")
  public Authority authority;

  public static Optional<Batch> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  public static List<Batch> newestFirst() {
    return list("order by createdAt desc, id desc");
  }
}
