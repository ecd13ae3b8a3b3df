package uk.foitracker.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

/**
 * Which menu item is the current page, for templates ({inject:nav.at('/cases')}): the header marks
 * it with aria-current="page". False outside a request.
 */
@Named("nav")
@ApplicationScoped
public class Navigation {
  private final Instance<CurrentVertxRequest> request;

  Navigation(Instance<CurrentVertxRequest> request) {
    this.request = request;
  }

  /** Whether the page shown is {@code section} or a page under it. */
  public boolean at(String section) {
    String path = path();
    return path != null && (path.equals(section) || path.startsWith(section + "/"));
  }

  private String path() {
    try {
      if (!Arc.container().requestContext().isActive()) {
        return null;
      }
      RoutingContext current = request.get().getCurrent();
      return current == null ? null : current.normalizedPath();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
