package uk.foitracker.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * Personal data of a requester (UK GDPR). Kept apart from everything that may be published: no
 * public view, API or export reads this entity, and {@link #toString()} never prints it.
 */
@Entity
@Table(name = "requester_contact")
public class RequesterContact extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", unique = true)
  public FoiRequest request;

  @Column(nullable = false, length = 200)
  public String name;

  @Column(length = 400)
  public String contact;

  @Column(length = 2000)
  public String address;

  @Override
  public String toString() {
    return "RequesterContact[id=" + id + ", personal data redacted]";
  }
}
