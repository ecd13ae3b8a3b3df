package uk.foitracker.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An authority's letterhead, signatory and standard paragraphs, keyed by the authority's id. A null
 * column is a setting not made.
 */
@Entity
@Table(name = "authority_settings")
public class AuthoritySettings extends PanacheEntityBase {
  @Id
  @Column(name = "authority_id")
  public Long authorityId;

  @Column(name = "letterhead_name", length = 200)
  public String letterheadName;

  /** The postal address, one line per line. */
  @Column(name = "postal_address", length = 2000)
  public String postalAddress;

  @Column(length = 200)
  public String signatory;

  @Column(name = "review_procedure", length = 20000)
  public String reviewProcedure;

  @Column(name = "complaint_rights", length = 20000)
  public String complaintRights;

  @Column(name = "reuse_licence", length = 5000)
  public String reuseLicence;

  /** One line per symbol: the symbol, a tab, its meaning; an empty symbol is a blank cell. */
  @Column(name = "symbol_key", length = 5000)
  public String symbolKey;

  public byte[] logo;

  @Column(name = "logo_media_type", length = 40)
  public String logoMediaType;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
