package uk.foitracker.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;
import uk.foitracker.rules.AppropriateLimit;

/** A public authority and its appropriate limit (Fees Regulations 2004, reg 3). */
@Entity
public class Authority extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 200)
  public String name;

  @Column(name = "appropriate_limit_pence", nullable = false)
  public int appropriateLimitPence;

  @Column(name = "hourly_rate_pence", nullable = false)
  public int hourlyRatePence;

  @Column(name = "central_government", nullable = false)
  public boolean centralGovernment;

  public static Optional<Authority> findByName(String name) {
    return find("name", name).firstResultOptional();
  }

  /**
   * The authority of this name, made on first use as a local authority (not central government):
   * the installation's own authority, named by {@code foi.authority.name}.
   */
  public static Authority findOrCreate(String name) {
    return findByName(name)
        .orElseGet(
            () -> {
              Authority a = new Authority();
              a.name = name;
              a.appropriateLimitPence = AppropriateLimit.OTHER_AUTHORITY.limitPence();
              a.hourlyRatePence = AppropriateLimit.OTHER_AUTHORITY.hourlyRatePence();
              a.centralGovernment = false;
              a.persist();
              return a;
            });
  }
}
