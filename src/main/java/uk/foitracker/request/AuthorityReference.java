package uk.foitracker.request;

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
import java.util.List;

/**
 * One of the authority's own references for a request, word for word as a letter states it. A case
 * can carry two that disagree ("FOI / 1596" and "1596"): both are kept, and the one the letter
 * leads with is marked; {@link FoiRequest#authorityReference} holds a copy of that one.
 */
@Entity
@Table(name = "request_reference")
public class AuthorityReference extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @Column(nullable = false)
  public int position;

  @Column(name = "reference_text", nullable = false, length = 100)
  public String text;

  @Column(name = "is_leading", nullable = false)
  public boolean leads;

  /** The request's references in order, the leading one first. */
  public static List<AuthorityReference> forRequest(FoiRequest request) {
    return list(
        "select a from AuthorityReference a where a.request = ?1 order by a.leads desc, a.position",
        request);
  }
}
