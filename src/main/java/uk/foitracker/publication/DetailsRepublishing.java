package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.PublishedCorrections;

/**
 * Publication's side of correcting a request's details ({@link PublishedCorrections}): the same
 * versioning as a corrected answer, through {@link Publishing}.
 */
@ApplicationScoped
class DetailsRepublishing implements PublishedCorrections {
  private final Publishing publishing;

  DetailsRepublishing(Publishing publishing) {
    this.publishing = publishing;
  }

  @Override
  public void keepFirstVersion(FoiRequest request, String actor) {
    publishing.keepFirstVersion(request, actor);
  }

  @Override
  public int publishCorrection(FoiRequest request, String reason, String actor) {
    return publishing.correct(request.systemReference, reason, actor);
  }
}
