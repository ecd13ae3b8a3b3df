package uk.foitracker.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a path that nothing serves: a GOV.UK "Page not found" page, or a 404 problem document
 * under /api, instead of the framework's plain text.
 */
@ApplicationScoped
class FallbackRoutes {
  private final Template error;

  FallbackRoutes(@Location("error.html") Template error) {
    this.error = error;
  }

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MAX_VALUE)
        .handler(
            ctx -> {
              String path = ctx.normalizedPath();
              String detail =
                  "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.";
              if (ErrorMappers.isApi(path)) {
                String body =
                    "{\"type\":\"about:blank\",\"title\":\"Page not found\",\"status\":404,\"detail\":\"No API resource at this address.\"}";
                ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(body);
              } else {
                String html =
                    error
                        .data("status", 404)
                        .data("title", "Page not found")
                        .data("detail", detail)
                        .render();
                ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(html);
              }
            });
  }
}
