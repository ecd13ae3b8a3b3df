package uk.foitracker.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A completed write made with an Idempotency-Key, and the response it got. Written in the write's
 * transaction; {@code status} is null only inside that transaction, before the write returns.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {
  @Id
  @Column(name = "key_hash", length = 64)
  public String keyHash;

  @Column(nullable = false)
  public String username;

  @Column(nullable = false, length = 64)
  public String fingerprint;

  public Integer status;

  @Column(length = 1000)
  public String location;

  @Column(name = "sealed_body", length = 1000000) // varchar(10000000) in the schema
  public String sealedBody;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
