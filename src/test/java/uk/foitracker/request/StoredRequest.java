package uk.foitracker.request;

import jakarta.transaction.Transactional;

/** Test helper: reads what the database holds. */
final class StoredRequest {
  private StoredRequest() {}

  @Transactional
  static String accessCodeHash(String ref) {
    return FoiRequest.findByReference(ref).orElseThrow().accessCodeHash;
  }
}
