package uk.foitracker.request;

/** Test helper: reads what the database holds (Panache reads need no transaction). */
final class StoredRequest {
  private StoredRequest() {}

  static long clockEvents(String ref) {
    return uk.foitracker.clock.ClockEventEntry.count(
        "request", FoiRequest.findByReference(ref).orElseThrow());
  }

  static long requests() {
    return FoiRequest.count();
  }

  static String accessCodeHash(String ref) {
    return FoiRequest.findByReference(ref).orElseThrow().accessCodeHash;
  }
}
