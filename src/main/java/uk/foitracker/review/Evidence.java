package uk.foitracker.review;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.foitracker.compose.ResponseDrafts;
import uk.foitracker.compose.ResponseLetters;
import uk.foitracker.compose.ResponseView;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestPage;
import uk.foitracker.request.RequestViews;
import uk.foitracker.request.RequestViews.Audience;
import uk.foitracker.web.NotFoundProblem;

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
   * The case with this reference (or slug), its findings first.
   *
   * @throws NotFoundProblem when no request has the reference
   */
  public EvidenceView show(String key) {
    FoiRequest r = find(key);
    RequestPage request = requests.readOnlyPage(r, Audience.AUDITOR);
    ResponseView response = responses.response(r);
    return new EvidenceView(
        key,
        r.systemReference != null
            ? review.findingsOfReference(r.systemReference)
            : review.findingsOf(r.slug),
        request,
        response.preview(),
        response.notice(),
        response.stateLabel());
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
        .or(() -> FoiRequest.findBySlug(key))
        .orElseThrow(() -> new NotFoundProblem("No request has the reference " + key));
  }

  /** Where the evidence of a request is read. */
  static String href(FoiRequest r) {
    String key = r.systemReference != null ? r.systemReference : r.slug;
    return key == null ? null : "/audit/cases/" + key;
  }
}
