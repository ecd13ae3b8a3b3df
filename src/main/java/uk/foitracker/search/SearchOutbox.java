package uk.foitracker.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A case whose text changed in the database (published, corrected or withdrawn), written in the
 * same transaction as the change. The indexer deletes the row only after the Lucene index holds the
 * case as the database has it, so a crash in between loses nothing.
 */
@Entity
@Table(name = "search_outbox")
class SearchOutbox extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 120)
  public String slug;

  @Column(name = "queued_at", nullable = false)
  public Instant queuedAt;
}
