package uk.foitracker.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: taken from a well-formed {@code X-Request-Id} header (a proxy's) or
 * made here, returned in the response header and put in the logging context as {@code requestId},
 * so every log line of that request (JSON in production) carries it. Nothing else about the request
 * (path parameters, query, body, user) goes into the context.
 */
@ApplicationScoped
class RequestIds {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String given = ctx.request().getHeader(HEADER);
              String id =
                  given != null && WELL_FORMED.matcher(given).matches()
                      ? given
                      : UUID.randomUUID().toString();
              MDC.put(MDC_KEY, id);
              ctx.response().putHeader(HEADER, id);
              ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
              ctx.next();
            });
  }
}
