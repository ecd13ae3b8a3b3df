package uk.foitracker.internalreview;

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
import java.util.List;
import uk.foitracker.rules.ReviewOutcome;

/** An internal review's decision on one question: upheld, partly overturned or overturned. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  public InternalReview review;

  @Column(name = "question_number", nullable = false)
  public int questionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public ReviewOutcome outcome;

  public static List<ReviewDecision> forReview(InternalReview review) {
    return list("review = ?1 order by questionNumber", review);
  }
}
