package uk.foitracker.question;

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
import uk.foitracker.answer.Answer;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.Outcome;

/** One numbered question of a request, verbatim. Several questions may share one answer. */
@Entity
public class Question extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @Column(nullable = false)
  public int number;

  @Column(nullable = false, length = 20000)
  public String text;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  public Outcome outcome;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "answer_id")
  public Answer answer;

  public static List<Question> forRequest(FoiRequest request) {
    return list("request = ?1 order by number", request);
  }
}
