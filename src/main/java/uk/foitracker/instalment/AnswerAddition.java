package uk.foitracker.instalment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import uk.foitracker.answer.Answer;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;

/**
 * An answer that adds to a question whose own answer went out in an earlier instalment: the later
 * instalment answers what the earlier one left open, and both answers stay as they were sent.
 */
@Entity
@Table(name = "answer_addition")
public class AnswerAddition extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "answer_id")
  public Answer answer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id")
  public Question question;

  /** Every addition of a request, with its answer and question. */
  public static List<AnswerAddition> forRequest(FoiRequest request) {
    return list(
        "select x from AnswerAddition x join fetch x.answer a join fetch x.question q"
            + " where q.request = ?1 order by q.number, a.position",
        request);
  }
}
