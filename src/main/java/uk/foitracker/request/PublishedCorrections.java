package uk.foitracker.request;

/**
 * What correcting a request's details needs from publication, which depends on this package and so
 * implements it: a published case keeps its first version before anything about it changes, and a
 * correction of what it shows is published at once as a new version with the reason.
 */
public interface PublishedCorrections {
  /** A published case with no version yet (imported) keeps what the public saw as version 1. */
  void keepFirstVersion(FoiRequest request, String actor);

  /**
   * Publishes the published case as it now stands as a new version, with the reason for the
   * correction, dated today; returns the version's number.
   */
  int publishCorrection(FoiRequest request, String reason, String actor);
}
