package uk.foitracker.authority;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.foitracker.audit.TrailScope;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Option;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The one place that decides which authorities' requests the signed-in person may read and change.
 * Every finder an officer or auditor page or API reads a request with goes through {@link
 * #covers(Authority)} (FoiRequest.findByReference, RequestLocks) or {@link #restrict(String)} (the
 * queue and the audit lists), so another authority's request answers as an unknown reference does
 * (404), never 403.
 *
 * <p>Work done with nobody signed in (start-up seeding, the scheduled mail jobs, the requester's
 * status check with reference and access code) is not an officer's and is not restricted here: the
 * officer and auditor routes cannot be reached without signing in (application.properties' access
 * rules and @RolesAllowed).
 */
@RequestScoped
@Named("authorities")
public class AuthorityScope implements TrailScope {
  private String chosen;
  private final SecurityIdentity identity;
  private final AuthoritiesConfig config;
  private final String ownName;
  private AuthorityGrant grant;

  /** The authorities held, read once a request (a few of them, by name). */
  private List<Authority> held;

  AuthorityScope(
      SecurityIdentity identity,
      AuthoritiesConfig config,
      @ConfigProperty(name = "foi.authority.name") String ownName) {
    this.identity = identity;
    this.config = config;
    this.ownName = ownName;
  }

  /**
   * Whether an authority's requests may be read and changed in the current request; true outside
   * any request (background work).
   */
  public static boolean allowsNow(Authority authority) {
    if (!Arc.container().requestContext().isActive()) {
      return true;
    }
    try (InstanceHandle<AuthorityScope> scope = Arc.container().instance(AuthorityScope.class)) {
      return scope.get().covers(authority);
    }
  }

  /**
   * The authority a new request is filed under ({@link #forNewRequest}); outside any request
   * (background work, such as a test logging from worker threads) the one named by {@code slug}, or
   * the installation's own.
   */
  public static Authority forNewRequestNow(String slug) {
    if (!Arc.container().requestContext().isActive()) {
      if (slug != null && !slug.isBlank()) {
        return Authority.findBySlug(slug.strip())
            .orElseThrow(
                () -> ValidationProblem.of("authority", "There is no authority " + slug.strip()));
      }
      return Authority.findOrCreate(
          ConfigProvider.getConfig().getValue("foi.authority.name", String.class));
    }
    try (InstanceHandle<AuthorityScope> scope = Arc.container().instance(AuthorityScope.class)) {
      return scope.get().forNewRequest(slug);
    }
  }

  /**
   * The installation's own authority ({@code foi.authority.name}), made on first use: the owner of
   * what was made before authorities were data, and of e-mails sent to no authority's mailbox.
   */
  public static Authority ownNow() {
    return Authority.findOrCreate(
        ConfigProvider.getConfig().getValue("foi.authority.name", String.class));
  }

  /**
   * Whether an object owned by an authority may be read and changed now; an owner not recorded
   * (null) stands for the installation's own authority ({@link #ownNow()}).
   */
  public static boolean allowsOwnedNow(Authority owner) {
    return allowsNow(owner != null ? owner : ownNow());
  }

  /**
   * The authority something a person makes now belongs to (a batch): their {@link #forSettings()}
   * authority (the one chosen on the form, the installation's own for a person whose identity
   * states none, else the first they hold by name); the installation's own outside any request.
   * Refused (field {@code authority}) for a person holding none.
   */
  public static Authority homeNow() {
    if (!Arc.container().requestContext().isActive()) {
      return ownNow();
    }
    try (InstanceHandle<AuthorityScope> scope = Arc.container().instance(AuthorityScope.class)) {
      try {
        return scope.get().forSettings();
      } catch (NotFoundProblem e) {
        throw ValidationProblem.of(
            "authority", "You hold no authority in this service: ask your administrator");
      }
    }
  }

  /**
   * The ids of the authorities the signed-in person holds; empty when they hold every one or nobody
   * is signed in (nothing is restricted then).
   */
  public static Optional<Set<Long>> heldNow() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    try (InstanceHandle<AuthorityScope> scope = Arc.container().instance(AuthorityScope.class)) {
      AuthorityScope s = scope.get();
      return s.all() ? Optional.empty() : Optional.of(Set.copyOf(s.ids()));
    }
  }

  /** False when nobody is signed in: nothing is restricted then (see the class comment). */
  public boolean restricted() {
    return identity != null && !identity.isAnonymous();
  }

  /** Whether the person holds every authority (a regulator's view), or nobody is signed in. */
  public boolean all() {
    return !restricted() || grant().all();
  }

  public boolean covers(Authority authority) {
    if (all()) {
      return true;
    }
    if (authority == null) {
      return false;
    }
    AuthorityGrant g = grant();
    return g.slugs().contains(authority.slug)
        || (ownByDefault(g) && authority.name.equals(ownName));
  }

  /**
   * A JPQL condition on an authority path (e.g. {@code r.authority}) that keeps only the person's
   * authorities: empty when they hold all, " and false"-like when none.
   */
  public String restrict(String authorityPath) {
    if (all()) {
      return "";
    }
    List<Long> ids = ids();
    if (ids.isEmpty()) {
      return " and 1 = 0";
    }
    StringBuilder in = new StringBuilder();
    for (Long id : ids) {
      in.append(in.isEmpty() ? "" : ", ").append(id.longValue());
    }
    return " and " + authorityPath + ".id in (" + in + ")";
  }

  @Override
  public Optional<List<Long>> authorityIds() {
    return all() ? Optional.empty() : Optional.of(ids());
  }

  /** The ids of the authorities the person holds that exist here (all of them for "*"). */
  public List<Long> ids() {
    return held().stream().map(a -> a.id).toList();
  }

  /** The authorities the person holds that exist here, by name. */
  public List<Authority> held() {
    if (held == null) {
      List<Authority> out = new ArrayList<>();
      for (Authority a : Authority.listByName()) {
        if (covers(a)) {
          out.add(a);
        }
      }
      held = List.copyOf(out);
    }
    return held;
  }

  /** The slug chosen on the current form or query ({@link #choose}); null when none. */
  public String chosen() {
    return chosen == null || chosen.isBlank() ? null : chosen.strip();
  }

  /**
   * The authority whose settings the person reads and edits: the chosen one ({@link #choose}) if
   * they hold it (else not found, as an authority that does not exist), or else their first by name
   * (the installation's own for a person whose identity states none).
   */
  public Authority forSettings() {
    String wanted = chosen();
    if (wanted != null) {
      return Authority.findBySlug(wanted)
          .filter(this::covers)
          .orElseThrow(() -> new NotFoundProblem("No authority " + wanted));
    }
    if (!restricted() || ownByDefault(grant())) {
      return Authority.findOrCreate(ownName);
    }
    List<Authority> held = held();
    if (held.isEmpty()) {
      throw new NotFoundProblem("You hold no authority in this service");
    }
    return held.get(0);
  }

  /** Whether the person holds more than one authority (forms then ask which one). */
  public boolean several() {
    return restricted() && held().size() > 1;
  }

  /** Remembers the authority chosen on a form, so that the form shown again keeps it. */
  public void choose(String slug) {
    this.chosen = slug;
  }

  /** The person's authorities as options of a select, the chosen one selected. */
  public List<Option> choices() {
    List<Option> out = new ArrayList<>();
    out.add(new Option("", "Choose an authority", chosen == null || chosen.isBlank()));
    for (Authority a : held()) {
      out.add(new Option(a.slug, a.name, a.slug.equals(chosen)));
    }
    return out;
  }

  /** What the identity states (the installation's setting not yet applied). */
  public AuthorityGrant grant() {
    if (grant == null) {
      grant = restricted() ? read(identity, config) : new AuthorityGrant(true, Set.of(), false);
    }
    return grant;
  }

  /**
   * The authority a new request is filed under: the one named by {@code slug} (or else the one
   * chosen on the form, {@link #choose}) if the person holds it, or, with neither, the only one
   * they hold. Refused (field {@code authority}) when they hold none, several and named none, or
   * one they do not hold.
   */
  public Authority forNewRequest(String slug) {
    String wanted = slug != null && !slug.isBlank() ? slug.strip() : chosen();
    if (wanted != null) {
      Optional<Authority> a = Authority.findBySlug(wanted);
      if (a.isPresent() && covers(a.get())) {
        return a.get();
      }
      throw ValidationProblem.of(
          "authority", "Choose one of your authorities: " + wanted + " is not one of them");
    }
    if (restricted() && ownByDefault(grant())) {
      return Authority.findOrCreate(ownName);
    }
    if (!restricted()) {
      return Authority.findOrCreate(ownName);
    }
    List<Authority> held = held();
    if (held.size() == 1) {
      return held.get(0);
    }
    List<FieldError> errors = new ArrayList<>();
    errors.add(
        new FieldError(
            "authority",
            held.isEmpty()
                ? "You hold no authority in this service: ask your administrator"
                : "Choose the authority the request was sent to"));
    throw new ValidationProblem(errors);
  }

  private boolean ownByDefault(AuthorityGrant g) {
    return !g.stated() && config.withoutClaim() == AuthoritiesConfig.WithoutClaim.OWN;
  }

  private static AuthorityGrant read(SecurityIdentity identity, AuthoritiesConfig config) {
    Object claim = null;
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      claim = jwt.getClaim(config.claim());
    }
    if (claim == null) {
      claim = identity.getAttribute(config.claim());
    }
    String prefix = "none".equals(config.rolePrefix()) ? null : config.rolePrefix();
    return AuthorityGrant.read(claim, identity.getRoles(), prefix);
  }
}
