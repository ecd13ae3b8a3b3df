package uk.foitracker.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The token of this database; the index on disk records the token of the database it was built
 * from.
 */
@Entity
@Table(name = "search_index_state")
class SearchIndexState extends PanacheEntityBase {
  @Id public Integer id;

  @Column(nullable = false, length = 40)
  public String token;
}
