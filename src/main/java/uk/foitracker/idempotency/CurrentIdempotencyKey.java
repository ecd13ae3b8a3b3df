package uk.foitracker.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key of the request being handled, from the filter to the interceptor. */
@RequestScoped
class CurrentIdempotencyKey {
  private IdempotencyKey key;

  void set(IdempotencyKey key) {
    this.key = key;
  }

  IdempotencyKey key() {
    return key;
  }
}
