package uk.foitracker.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key of the request being handled, from the filter to the interceptor. */
@RequestScoped
class CurrentIdempotencyKey {
  private IdempotencyKey key;
  private IdempotentWrites.InFlight mark;

  void set(IdempotencyKey key, IdempotentWrites.InFlight mark) {
    this.key = key;
    this.mark = mark;
  }

  IdempotencyKey key() {
    return key;
  }

  IdempotentWrites.InFlight mark() {
    return mark;
  }

  void clear() {
    key = null;
    mark = null;
  }
}
