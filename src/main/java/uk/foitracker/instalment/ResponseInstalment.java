package uk.foitracker.instalment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.request.FoiRequest;

/**
 * One instalment of a response as it was sent: its number (1, 2, ...), its date, the questions it
 * answered, and the s.17(7) rights paragraphs frozen as they were sent with it.
 */
@Entity
@Table(name = "response_instalment")
public class ResponseInstalment extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  @Column(nullable = false)
  public int number;

  @Column(name = "sent_on", nullable = false)
  public LocalDate sentOn;

  /** The authority said more would follow: this instalment does not complete the response. */
  @Column(name = "more_to_follow", nullable = false)
  public boolean moreToFollow;

  /** This instalment completed the response and stopped the statutory clock. */
  @Column(name = "stopped_clock", nullable = false)
  public boolean stoppedClock;

  /** The internal review at which this information was released, if any. */
  @Column(name = "review_number")
  public Integer reviewNumber;

  @Column(name = "review_procedure", length = 20000)
  public String reviewProcedure;

  @Column(name = "complaint_rights", length = 20000)
  public String complaintRights;

  @Column(nullable = false, length = 100)
  public String actor;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "instalment_question", joinColumns = @JoinColumn(name = "instalment_id"))
  @Column(name = "question_number", nullable = false)
  @OrderBy
  public List<Integer> questionNumbers = new ArrayList<>();

  public static List<ResponseInstalment> forRequest(FoiRequest request) {
    return list("request = ?1 order by number", request);
  }
}
