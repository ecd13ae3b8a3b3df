package uk.foitracker.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import uk.foitracker.rules.PrecedentReference;

/** A decision a citation relies on: an ICO decision notice or a tribunal appeal (V13). */
@Entity
@Table(name = "citation_precedent")
public class CitationPrecedent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id")
  public CitationGroup group;

  @Column(nullable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public PrecedentReference.Kind kind;

  @Column(nullable = false, length = 40)
  public String reference;

  public PrecedentReference toReference() {
    return new PrecedentReference(kind, reference);
  }

  public static List<CitationPrecedent> forGroups(Collection<Long> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    return list("group.id in ?1 order by group.id, position", groupIds);
  }
}
