package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.foitracker.answer.Answer;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityRegistry;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.Provision;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.Regime;
import uk.foitracker.search.SearchIndex;

/**
 * Publishes small cases for tests, the way the publishing service will: rows written, then {@link
 * SearchIndex#index(String)} inside the same transaction. Slugs are unique per call.
 */
@ApplicationScoped
public class PublishedCaseFixtures {
  private final SearchIndex index;
  private final AuthorityRegistry registry;

  PublishedCaseFixtures(SearchIndex index, AuthorityRegistry registry) {
    this.index = index;
    this.registry = registry;
  }

  /** One published case with one question, one answer paragraph and one citation. */
  public record Spec(
      String title,
      Regime regime,
      LocalDate publishedOn,
      Outcome outcome,
      String provisionCode,
      String question,
      String answer) {}

  @Transactional
  public String publish(Spec spec) {
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
    write(spec, slug, RequestState.PUBLISHED);
    index.index(slug);
    return slug;
  }

  /** Writes a published case without telling the index: what a crash before the indexer leaves. */
  @Transactional
  public String publishUnindexed(Spec spec) {
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
    write(spec, slug, RequestState.PUBLISHED);
    return slug;
  }

  /** Writes and indexes a case, then rolls the transaction back: nothing may remain. */
  @Transactional
  public String publishThenFail(Spec spec) {
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
    write(spec, slug, RequestState.PUBLISHED);
    index.index(slug);
    throw new IllegalStateException("rolled back " + slug);
  }

  /** One published case answered by the authority of this slug. */
  @Transactional
  public String publishFor(String authoritySlug, Spec spec) {
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
    FoiRequest r = write(spec, slug, RequestState.PUBLISHED);
    r.authority = Authority.findBySlug(authoritySlug).orElseThrow();
    index.index(slug);
    return slug;
  }

  /**
   * A published case of the authority of this slug whose one stored version is {@code snapshot}
   * (its "slug" replaced by the case's): published history as an older release stored it.
   */
  @Transactional
  public String publishWithStoredVersion(String authoritySlug, Spec spec, String snapshot) {
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
    FoiRequest r = write(spec, slug, RequestState.PUBLISHED);
    r.authority = Authority.findBySlug(authoritySlug).orElseThrow();
    CaseVersion v = new CaseVersion();
    v.request = r;
    v.version = 1;
    v.publishedOn = LocalDate.of(2024, 3, 22);
    v.actor = "test";
    v.snapshot = snapshot.replaceFirst("\"slug\":\"[^\"]+\"", "\"slug\":\"" + slug + "\"");
    v.persist();
    index.index(slug);
    return slug;
  }

  /** The small-number threshold the authority of this slug works to. */
  @Transactional
  public int smallNumberThreshold(String slug, int installationDefault) {
    return Authority.findBySlug(slug).orElseThrow().smallNumberThreshold(installationDefault);
  }

  /** Declares authorities as an installation's file would. */
  @Transactional
  public AuthorityRegistry.Outcome declare(List<AuthorityRegistry.Declared> declared) {
    return registry.declare(declared, "test");
  }

  private static FoiRequest write(Spec spec, String slug, RequestState state) {
    FoiRequest r = new FoiRequest();
    r.authority = Authority.findByName("Leicester City Council").orElseThrow();
    r.regime = spec.regime();
    r.slug = slug;
    r.title = spec.title();
    r.publishedOn = spec.publishedOn();
    r.state = state;
    r.licence = "OGL-UK-3.0";
    r.createdAt = Instant.now();
    r.persist();
    Answer a = new Answer();
    a.request = r;
    a.position = 1;
    a.body = spec.answer();
    a.persist();
    Question q = new Question();
    q.request = r;
    q.number = 1;
    q.text = spec.question();
    q.outcome = spec.outcome();
    q.answer = a;
    q.persist();
    if (spec.provisionCode() != null) {
      Citation c = new Citation();
      c.question = q;
      c.provision = Provision.findByCode(spec.provisionCode()).orElseThrow();
      c.position = 1;
      c.role = CitationRole.EXEMPTION;
      c.persist();
    }
    return r;
  }
}
