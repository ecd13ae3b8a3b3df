package uk.foitracker.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Optional;

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
}
