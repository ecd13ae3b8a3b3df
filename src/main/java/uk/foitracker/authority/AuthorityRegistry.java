package uk.foitracker.authority;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.rules.AuthorityKind;

/**
 * The authorities an installation serves, declared in a JSON file named by {@code
 * foi.authorities.file} (a path, or {@code classpath:} and a resource) and read at start-up: each
 * entry's name, slug, kind, reference prefix, public base and small-number threshold. An authority
 * is found by its slug (or, failing that, its name) and updated, or made; none is ever deleted, and
 * every creation or change is an audit event. A file that cannot be read, or any entry that is not
 * valid, stops the start with every problem named: nothing is saved half-way. With no file, the
 * installation's own authority ({@code foi.authority.name}) is made on first use, as before.
 */
@ApplicationScoped
public class AuthorityRegistry {
  private static final Logger LOG = Logger.getLogger(AuthorityRegistry.class);

  /** Lower-case letters, digits and hyphens; the hyphens single and inside (checked apart). */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

  private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,12}");
  static final String CLASSPATH = "classpath:";

  /**
   * One authority as the file declares it. {@code slug} defaults to one made from the name, {@code
   * kind} to COUNCIL; the others may be left out (null).
   */
  public record Declared(
      String name,
      String slug,
      String kind,
      String referencePrefix,
      String publicBase,
      Integer smallNumberThreshold,
      String mailbox) {
    /** A declaration without a mailbox of its own. */
    public Declared(
        String name,
        String slug,
        String kind,
        String referencePrefix,
        String publicBase,
        Integer smallNumberThreshold) {
      this(name, slug, kind, referencePrefix, publicBase, smallNumberThreshold, null);
    }
  }

  /** What a declaration did: how many authorities it made and changed. */
  public record Outcome(int created, int updated, int unchanged) {}

  private final ObjectMapper json;
  private final AuditLog audit;
  private final Optional<String> file;

  AuthorityRegistry(
      ObjectMapper json,
      AuditLog audit,
      @ConfigProperty(name = "foi.authorities.file") Optional<String> file) {
    this.json = json;
    this.audit = audit;
    this.file = file;
  }

  /** Before the seed cases are imported, so that their authority is the one declared. */
  void onStart(@Observes @Priority(100) StartupEvent event) {
    if (file.isEmpty() || file.get().isBlank()) {
      return;
    }
    List<Declared> declared = read(file.get());
    Outcome outcome = QuarkusTransaction.requiringNew().call(() -> declare(declared, "system"));
    LOG.infof(
        "Authorities from %s: %d made, %d changed, %d unchanged",
        file.get(), outcome.created(), outcome.updated(), outcome.unchanged());
  }

  /** The declarations in a file or resource. */
  List<Declared> read(String where) {
    try (InputStream in = open(where)) {
      return json.readValue(in, new TypeReference<List<Declared>>() {});
    } catch (IOException e) {
      throw new IllegalStateException(
          "foi.authorities.file: cannot read the authorities in " + where + ": " + e.getMessage(),
          e);
    }
  }

  private static InputStream open(String where) throws IOException {
    if (where.startsWith(CLASSPATH)) {
      InputStream in =
          Thread.currentThread()
              .getContextClassLoader()
              .getResourceAsStream(where.substring(CLASSPATH.length()));
      if (in == null) {
        throw new IOException("no such resource");
      }
      return in;
    }
    return Files.newInputStream(Path.of(where));
  }

  /**
   * Makes or updates each declared authority, after checking them all: one that is not valid
   * refuses the whole declaration.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome declare(List<Declared> declared, String actor) {
    List<String> problems = problems(declared);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("foi.authorities.file: " + String.join("; ", problems));
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Declared d : declared) {
      String slug = slugOf(d);
      Optional<Authority> found =
          Authority.findBySlug(slug).or(() -> Authority.findByName(d.name().strip()));
      Authority a = found.orElseGet(Authority::new);
      String before = found.isPresent() ? summary(a) : null;
      a.name = d.name().strip();
      a.slug = slug;
      a.applyKind(kindOf(d));
      a.referencePrefix = blankToNull(d.referencePrefix());
      a.publicBase = blankToNull(d.publicBase());
      a.smallNumberThreshold = d.smallNumberThreshold();
      String mailbox = blankToNull(d.mailbox());
      a.mailbox = mailbox == null ? null : mailbox.toLowerCase(Locale.ROOT);
      String after = summary(a);
      if (found.isEmpty()) {
        a.persist();
        created++;
        audit.record(
            actor,
            "AUTHORITY_DECLARED",
            "authority",
            a.id,
            "Authority " + a.name + " declared",
            null,
            after);
      } else if (!after.equals(before)) {
        updated++;
        audit.record(
            actor,
            "AUTHORITY_CHANGED",
            "authority",
            a.id,
            "Authority " + a.name + " changed",
            before,
            after);
      } else {
        unchanged++;
      }
    }
    return new Outcome(created, updated, unchanged);
  }

  /** Every problem with the declarations, each naming its entry. */
  public static List<String> problems(List<Declared> declared) {
    List<String> problems = new ArrayList<>();
    if (declared == null) {
      return List.of("the file must hold a list of authorities");
    }
    Set<String> slugs = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < declared.size(); i++) {
      Declared d = declared.get(i);
      String at = "authority " + (i + 1);
      if (d == null || d.name() == null || d.name().isBlank()) {
        problems.add(at + ": enter its name");
        continue;
      }
      at += " (" + d.name().strip() + ")";
      if (d.name().strip().length() > 200) {
        problems.add(at + ": the name must be 200 characters or fewer");
      }
      String slug = slugOf(d);
      if (!SLUG.matcher(slug).matches()
          || slug.startsWith("-")
          || slug.endsWith("-")
          || slug.contains("--")
          || slug.length() > 120) {
        problems.add(
            at
                + ": the slug must be lower-case letters and digits joined by hyphens (120 at most)");
      }
      if (!slugs.add(slug)) {
        problems.add(at + ": the slug " + slug + " is declared twice");
      }
      if (!names.add(d.name().strip().toLowerCase(Locale.ROOT))) {
        problems.add(at + ": the name is declared twice");
      }
      if (d.kind() != null && !d.kind().isBlank()) {
        try {
          AuthorityKind.valueOf(d.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add(at + ": the kind must be COUNCIL, POLICE, NHS, CENTRAL_GOVERNMENT or OTHER");
        }
      }
      String prefix = blankToNull(d.referencePrefix());
      if (prefix != null && !PREFIX.matcher(prefix).matches()) {
        problems.add(at + ": the reference prefix must be 1 to 12 capital letters or digits");
      }
      String base = blankToNull(d.publicBase());
      if (base != null && base.length() > 300) {
        problems.add(at + ": the public base must be 300 characters or fewer");
      }
      String mailbox = blankToNull(d.mailbox());
      if (mailbox != null && (mailbox.length() > 400 || !mailbox.contains("@"))) {
        problems.add(at + ": the mailbox must be an e-mail address (400 characters at most)");
      }
      if (d.smallNumberThreshold() != null && d.smallNumberThreshold() < 0) {
        problems.add(at + ": the small-number threshold must be 0 or more");
      }
    }
    return problems;
  }

  private static String slugOf(Declared d) {
    String slug = blankToNull(d.slug());
    return slug != null ? slug : Authority.slugOf(d.name().strip());
  }

  private static AuthorityKind kindOf(Declared d) {
    return d.kind() == null || d.kind().isBlank()
        ? AuthorityKind.COUNCIL
        : AuthorityKind.valueOf(d.kind().strip().toUpperCase(Locale.ROOT));
  }

  /** What the audit trail keeps of an authority, before and after. */
  private static String summary(Authority a) {
    return "name="
        + a.name
        + "; slug="
        + a.slug
        + "; kind="
        + a.kind
        + "; appropriateLimitPence="
        + a.appropriateLimitPence
        + "; referencePrefix="
        + Objects.toString(a.referencePrefix, "")
        + "; publicBase="
        + Objects.toString(a.publicBase, "")
        + "; smallNumberThreshold="
        + Objects.toString(a.smallNumberThreshold, "")
        + (a.mailbox == null ? "" : "; mailbox=" + a.mailbox);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
