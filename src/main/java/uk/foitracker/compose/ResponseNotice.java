package uk.foitracker.compose;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The s.17(7) particulars of a request's refusal notice, keyed by the request's id. */
@Entity
@Table(name = "response_notice")
public class ResponseNotice extends PanacheEntityBase {
  @Id
  @Column(name = "request_id")
  public Long requestId;

  @Column(name = "review_procedure", length = 20000)
  public String reviewProcedure;

  @Column(name = "complaint_rights", length = 20000)
  public String complaintRights;
}
