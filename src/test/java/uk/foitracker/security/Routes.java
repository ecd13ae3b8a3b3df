package uk.foitracker.security;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.foitracker.publication.DisclosureLogPage;

/**
 * What the running app serves, from its own metadata: the JAX-RS resource methods of the
 * application's classes (by reflection over the compiled classes, so a new resource is found
 * without being listed anywhere) and the Vert.x routes registered on the app's router.
 */
@ApplicationScoped
public class Routes {
  private volatile Router router;

  void keep(@Observes Router router) {
    this.router = router;
  }

  /** Vert.x routes with an explicit path (Quarkus REST itself sits on catch-all routes). */
  public Set<String> vertxRoutes() {
    Set<String> out = new TreeSet<>();
    if (router == null) {
      return out;
    }
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (path == null) {
        continue;
      }
      if (route.methods() == null || route.methods().isEmpty()) {
        out.add("* " + path);
      } else {
        route.methods().forEach(m -> out.add(m.name() + " " + path));
      }
    }
    return out;
  }

  /** "METHOD /path/{template}" for every resource method of a class under uk.foitracker. */
  public static Set<String> jaxRsEndpoints() {
    Set<String> out = new TreeSet<>();
    for (Class<?> type : applicationClasses()) {
      jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        String verb = httpMethod(m);
        if (verb == null) {
          continue;
        }
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        out.add(verb + " " + join(root.value(), sub == null ? "" : sub.value()));
      }
    }
    return out;
  }

  private static String httpMethod(Method m) {
    for (var a : m.getAnnotations()) {
      HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
      if (h != null) {
        return h.value();
      }
    }
    return null;
  }

  static String join(String a, String b) {
    String p = ("/" + a + "/" + b).replaceAll("/+", "/");
    // a regular expression in a template, e.g. {number: \d{1,4}} -> {number}
    p = p.replaceAll("\\{(\\w+)\\s*:\\s*(?:[^{}]|\\{[^}]*\\})*\\}", "{$1}");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static List<Class<?>> applicationClasses() {
    Path root;
    try {
      root =
          Path.of(
              DisclosureLogPage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      root = Path.of("target/classes");
    }
    if (!Files.isDirectory(root.resolve("uk/foitracker"))) {
      root = Path.of("target/classes");
    }
    List<Class<?>> out = new ArrayList<>();
    Path base = root;
    try (Stream<Path> files = Files.walk(base.resolve("uk/foitracker"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = base.relativize(f).toString().replace('\\', '/');
        if (!rel.endsWith(".class") || rel.contains("$")) {
          continue;
        }
        String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
        try {
          out.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no application classes under " + base);
    }
    return out;
  }
}
