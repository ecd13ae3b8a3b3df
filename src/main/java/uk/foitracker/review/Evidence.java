package uk.foitracker.review;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.foitracker.compose.ResponseDrafts;
import uk.foitracker.compose.ResponseLetters;
import uk.foitracker.compose.ResponseView;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestPage;
import uk.foitracker.request.RequestViews;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.ValidationProblem;

/**
 * The evidence behind the findings on one case, for an auditor: everything recorded, read-only,
 * without the requester's personal data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Evidence {
  private final ReviewService review;
  private final RequestViews requests;
  private final ResponseDrafts responses;
  private final ResponseLetters letters;

  Evidence(
      ReviewService review,
      RequestViews requests,
      ResponseDrafts responses,
      ResponseLetters letters) {
    this.review = review;
    this.requests = requests;
    this.responses = responses;
    this.letters = letters;
  }

  /**
   * The case with this reference (or slug), its findings first, judged as at today.
   *
   * @throws NotFoundProblem when no request has the reference
   */
  public EvidenceView show(String key) {
    return show(key, null);
  }

  /**
   * The case with this reference (or slug), its findings first, judged as at the day typed (see
   * {@link ReviewService#asAt(String)}); a day that is not valid gives the findings as at today
   * with the error, for the page's error summary.
   *
   * @throws NotFoundProblem when no request has the reference
   */
  public EvidenceView show(String key, String typedAsAt) {
    FoiRequest r = find(key);
    FormErrors errors = FormErrors.NONE;
    LocalDate asAt;
    try {
      asAt = review.asAt(typedAsAt);
    } catch (ValidationProblem e) {
      errors = FormErrors.of(e);
      asAt = review.asAt(null);
    }
    RequestPage request = requests.readOnlyPage(r, Audience.AUDITOR);
    ResponseView response = responses.response(r);
    return new EvidenceView(
        key,
        r.systemReference != null
            ? review.findingsOfReference(r.systemReference, asAt)
            : review.findingsOf(r.slug, asAt),
        request,
        response.preview(),
        response.notice(),
        response.stateLabel(),
        asAt,
        typedAsAt == null ? "" : typedAsAt.strip(),
        errors);
  }

  /** The letter as the response gave it, without the addressee's name and address. */
  public TemplateInstance letter(String key) {
    return letters.html(responses.letterWithoutAddressee(find(key)));
  }

  /**
   * The request with this reference or, for a case logged without one (the Leicester case), with
   * this slug.
   */
  private static FoiRequest find(String key) {
    return FoiRequest.findByReference(key)
        .or(() -> FoiRequest.findBySlugFor(key))
        .orElseThrow(() -> new NotFoundProblem("No request has the reference " + key));
  }

  /** Where the evidence of a request is read. */
  static String href(FoiRequest r) {
    String key = r.systemReference != null ? r.systemReference : r.slug;
    return key == null ? null : "/audit/cases/" + key;
  }
}
