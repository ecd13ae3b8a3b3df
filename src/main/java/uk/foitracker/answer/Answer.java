package uk.foitracker.answer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.foitracker.request.FoiRequest;

/** The authority's answer. Its body holds paragraphs separated by a blank line. */
@Entity
public class Answer extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false, length = 50000)
  public String body;

  @OneToMany(mappedBy = "answer")
  @OrderBy("position")
  public List<AnswerTable> tables = new ArrayList<>();

  /** The number of the instalment that carried this answer; null while it is not yet sent. */
  @Column(name = "instalment")
  public Integer instalment;

  public static final String PARAGRAPH_BREAK = "\n\n";

  public List<String> paragraphs() {
    return Arrays.stream(body.split("\\n\\s*\\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
