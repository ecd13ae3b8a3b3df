package uk.foitracker.idempotency;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Reads the Idempotency-Key of a call to an {@link Idempotent} method before its body is parsed:
 * fingerprints method, path and body, and answers a retry from the store (or refuses it) without
 * reaching the method. The response filter releases a key whose method was never reached (the body
 * did not parse, the role was wrong).
 */
class IdempotencyFilters {
  private final IdempotentWrites writes;
  private final CurrentIdempotencyKey current;
  private final SecurityIdentity identity;

  IdempotencyFilters(
      IdempotentWrites writes, CurrentIdempotencyKey current, SecurityIdentity identity) {
    this.writes = writes;
    this.current = current;
    this.identity = identity;
  }

  @ServerRequestFilter
  public Response check(ContainerRequestContext request, ResourceInfo resource) throws IOException {
    String header = request.getHeaderString(IdempotencyKey.HEADER);
    Method method = resource.getResourceMethod();
    if (header == null
        || method == null
        || !method.isAnnotationPresent(Idempotent.class)
        || identity.isAnonymous()) {
      return null;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    IdempotencyKey key =
        IdempotencyKey.of(
            header, identity.getPrincipal().getName(), request.getMethod(), path, body);
    IdempotentWrites.Result begun = writes.begin(key);
    if (begun.replay().isPresent()) {
      return begun.replay().get();
    }
    current.set(key, begun.mark());
    return null;
  }

  @ServerResponseFilter
  public void release() {
    IdempotencyKey key = current.key();
    if (key != null) {
      writes.release(key, current.mark());
      current.clear();
    }
  }
}
