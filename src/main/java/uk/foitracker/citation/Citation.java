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
import java.util.List;
import uk.foitracker.question.Question;
import uk.foitracker.rules.CitationRole;

/**
 * A provision cited for one question, the role it plays and the reasons the authority gave. A
 * citation covering several questions ({@link CitationGroup}) has one of these per question, each
 * with the same provision, role, reasons and public interest test.
 */
@Entity
public class Citation extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id")
  public Question question;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "provision_id")
  public Provision provision;

  @Column(nullable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public CitationRole role;

  @Column(length = 20000)
  public String reasons;

  /**
   * The citation as the authority made it, for one or more questions (migration V13); null for a
   * citation imported without one, which stands alone.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id")
  public CitationGroup group;

  public static List<Citation> forQuestions(List<Question> questions) {
    if (questions.isEmpty()) {
      return List.of();
    }
    return list(
        "select c from Citation c join fetch c.provision where c.question in ?1 order by c.position",
        questions);
  }
}
