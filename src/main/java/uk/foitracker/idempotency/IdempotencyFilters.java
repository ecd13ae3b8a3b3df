package uk.foitracker.idempotency;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads the Idempotency-Key of a call to an {@link Idempotent} method before its body is parsed:
 * fingerprints method, path and body, and answers a retry from the store (or refuses it) without
 * reaching the method. Otherwise it holds the key in flight until the response has ended, whatever
 * happens to the request on the way (the body does not parse, the database goes away, the client
 * leaves).
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
  public Response check(
      ContainerRequestContext request, ResourceInfo resource, RoutingContext routing)
      throws IOException {
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
    Optional<Response> stored = writes.stored(key);
    if (stored.isPresent()) {
      return stored.get();
    }
    IdempotentWrites.InFlight mark = writes.hold(key);
    routing.addEndHandler(ended -> writes.release(key, mark));
    current.set(key);
    return null;
  }
}
