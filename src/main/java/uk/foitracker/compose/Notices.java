package uk.foitracker.compose;

import static uk.foitracker.compose.ResponseEdits.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.publication.Publishing;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/** The particulars a response states: the refusal notice's rights and the licence statement. */
@ApplicationScoped
@Transactional
public class Notices {
  private final ResponseEdits edits;
  private final AuditLog audit;

  Notices(ResponseEdits edits, AuditLog audit) {
    this.edits = edits;
    this.audit = audit;
  }

  /** {@link #setNotice(String, Long, String, String, String)} without a version check. */
  public void setNotice(String ref, String reviewProcedure, String complaintRights, String actor) {
    setNotice(ref, null, reviewProcedure, complaintRights, actor);
  }

  /** Records the internal review procedure and the right to complain to the Commissioner. */
  public void setNotice(
      String ref, Long version, String reviewProcedure, String complaintRights, String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    List<FieldError> errors = new ArrayList<>();
    if (reviewProcedure != null && reviewProcedure.length() > 20000) {
      errors.add(
          new FieldError(
              "reviewProcedure", "The review procedure must be 20,000 characters or fewer"));
    }
    if (complaintRights != null && complaintRights.length() > 20000) {
      errors.add(
          new FieldError(
              "complaintRights", "The complaint rights must be 20,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    ResponseNotice notice =
        ResponseNotice.<ResponseNotice>findByIdOptional(request.id).orElseGet(ResponseNotice::new);
    notice.requestId = request.id;
    notice.reviewProcedure = blankToNull(reviewProcedure);
    notice.complaintRights = blankToNull(complaintRights);
    notice.persist();
    audit.record(
        actor,
        "NOTICE_PARTICULARS_SET",
        "request",
        request.id,
        "Refusal notice: review procedure and complaint rights recorded",
        null,
        null);
  }

  /** {@link #setLicenceStatement(String, Long, String, String)} without a version check. */
  public void setLicenceStatement(String ref, String statement, String actor) {
    setLicenceStatement(ref, null, statement, actor);
  }

  /** Sets the licence statement printed with the response; the attribution stays as it is. */
  public void setLicenceStatement(String ref, Long version, String statement, String actor) {
    setLicence(ref, version, statement, null, false, actor);
  }

  /**
   * Sets the licence statement and the attribution statement the authority asks re-users to include
   * (08: "Contains public sector information obtained from ..."); with {@code setAttribution} false
   * the attribution is left as it is (an API client that sends none).
   */
  public void setLicence(
      String ref,
      Long version,
      String statement,
      String attribution,
      boolean setAttribution,
      String actor) {
    FoiRequest request = edits.editable(ref, version, actor);
    List<FieldError> errors = new ArrayList<>();
    if (statement != null && statement.length() > 2000) {
      errors.add(
          new FieldError(
              "licenceStatement", "The licence statement must be 2,000 characters or fewer"));
    }
    if (attribution != null && attribution.length() > 2000) {
      errors.add(
          new FieldError(
              "attributionStatement",
              "The attribution statement must be 2,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    request.licence = Publishing.LICENCE;
    request.licenceStatement = blankToNull(statement);
    if (setAttribution) {
      request.attributionStatement = blankToNull(attribution);
    }
    audit.record(
        actor,
        "LICENCE_SET",
        "request",
        request.id,
        setAttribution ? "Licence and attribution statements set" : "Licence statement set",
        null,
        null);
  }
}
