package uk.foitracker.idempotency;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Around an {@link Idempotent} resource method called with an Idempotency-Key: runs it inside the
 * transaction that stores the key and its response. Without a key the method runs as it is. (The
 * filter releases the key's in-flight mark when the response has ended.)
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class IdempotencyInterceptor {
  private final IdempotentWrites writes;
  private final CurrentIdempotencyKey current;

  IdempotencyInterceptor(IdempotentWrites writes, CurrentIdempotencyKey current) {
    this.writes = writes;
    this.current = current;
  }

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    IdempotencyKey key = current.key();
    if (key == null) {
      return invocation.proceed();
    }
    return writes.write(key, invocation::proceed);
  }
}
