package uk.foitracker.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.AuthorityKind;

/**
 * A public authority served by this installation: its name, its slug (its public address,
 * /a/{slug}/), its kind and appropriate limit (Fees Regulations 2004, reg 3), its own reference
 * prefix, public base and small-number threshold. Letterhead and standard paragraphs are in {@link
 * AuthoritySettings}.
 */
@Entity
public class Authority extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 200)
  public String name;

  @Column(name = "appropriate_limit_pence", nullable = false)
  public int appropriateLimitPence;

  @Column(name = "hourly_rate_pence", nullable = false)
  public int hourlyRatePence;

  @Column(name = "central_government", nullable = false)
  public boolean centralGovernment;

  @Column(nullable = false, unique = true, length = 120)
  public String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public AuthorityKind kind;

  /** Put before the regime in this authority's references (DUR-FOI-2026-00001); null: none. */
  @Column(name = "reference_prefix", length = 12)
  public String referencePrefix;

  /** Where the authority's public pages live (a path or URL), or null for /a/{slug}/. */
  @Column(name = "public_base", length = 300)
  public String publicBase;

  /** Counts below this are suppressed (the audit's small-number check); null: the default. */
  @Column(name = "small_number_threshold")
  public Integer smallNumberThreshold;

  /**
   * The address of this authority's FOI mailbox (lower case): an e-mail sent to it belongs to this
   * authority; null: none of its own (e-mails sent to no authority's mailbox are the installation's
   * own authority's).
   */
  @Column(length = 400)
  public String mailbox;

  /**
   * The small-number threshold this authority works to: its own when set, else the installation's
   * ({@code foi.review.small-number-threshold}).
   */
  public int smallNumberThreshold(int installationDefault) {
    return smallNumberThreshold != null ? smallNumberThreshold : installationDefault;
  }

  public static Optional<Authority> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  /** Every authority, by name. */
  public static List<Authority> listByName() {
    return list("order by name");
  }

  /**
   * The slug for a name: lower case ASCII letters and digits joined by single hyphens ("Durham
   * Constabulary" gives durham-constabulary; "King's Lynn" gives kings-lynn).
   */
  public static String slugOf(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace("'", "")
            .replace("’", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "authority" : slug;
  }

  /** Sets the kind, and with it the appropriate limit and hourly rate the kind works to. */
  public void applyKind(AuthorityKind kind) {
    this.kind = kind;
    AppropriateLimit limit = kind.appropriateLimit();
    this.centralGovernment = kind.centralGovernment();
    this.appropriateLimitPence = limit.limitPence();
    this.hourlyRatePence = limit.hourlyRatePence();
  }

  /** The authority whose FOI mailbox is this address (any case), if one is. */
  public static Optional<Authority> findByMailbox(String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    return find("mailbox", address.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
  }

  public static Optional<Authority> findByName(String name) {
    return find("name", name).firstResultOptional();
  }

  /**
   * The authority of this name, made on first use as a local authority (not central government):
   * the installation's own authority, named by {@code foi.authority.name}, a council until told
   * otherwise.
   */
  public static Authority findOrCreate(String name) {
    return findByName(name)
        .orElseGet(
            () -> {
              Authority a = new Authority();
              a.name = name;
              a.slug = slugOf(name);
              a.applyKind(AuthorityKind.COUNCIL);
              a.persist();
              return a;
            });
  }
}
