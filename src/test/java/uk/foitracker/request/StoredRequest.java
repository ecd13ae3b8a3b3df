package uk.foitracker.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import uk.foitracker.clock.ClockEventEntry;

/**
 * Test helper: reads what the database holds now, each in a new transaction (a fresh persistence
 * context, so nothing is read from a cache of an earlier read).
 */
final class StoredRequest {
  private StoredRequest() {}

  static long clockEvents(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> ClockEventEntry.count("request", FoiRequest.findByReference(ref).orElseThrow()));
  }

  static long version(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().version);
  }

  static long requests() {
    return QuarkusTransaction.requiringNew().call(() -> FoiRequest.count());
  }

  static String accessCodeHash(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().accessCodeHash);
  }

  static String authorityReference(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().authorityReference);
  }

  static LocalDate receivedOn(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findByReference(ref).orElseThrow().receivedOn);
  }

  static long correspondence(String ref) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Correspondence.count("request", FoiRequest.findByReference(ref).orElseThrow()));
  }
}
