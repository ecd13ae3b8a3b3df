package uk.foitracker.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.web.Dates;

/**
 * The published versions of each case: appended at publication and at every correction, read back
 * as the public saw them. The one place a snapshot is written and read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseVersions {
  private final ObjectMapper json;
  private final CaseAssembler assembler;
  private final PublicationCache cache;

  CaseVersions(ObjectMapper json, CaseAssembler assembler, PublicationCache cache) {
    this.json = json;
    this.assembler = assembler;
    this.cache = cache;
  }

  /** One published version, for the history list. */
  public record VersionSummary(int version, LocalDate publishedOn, String reason) {
    public String publishedText() {
      return Dates.display(publishedOn);
    }
  }

  /** The published versions of a case, oldest first; empty for a case imported without history. */
  public List<VersionSummary> versions(String slug) {
    return cache.get(
        "versions " + slug,
        () ->
            FoiRequest.findPublishedBySlug(slug)
                .map(CaseVersion::forRequest)
                .orElse(List.of())
                .stream()
                .map(v -> new VersionSummary(v.version, v.publishedOn, v.reason))
                .toList());
  }

  /** One published version of a case as it was published. */
  public Optional<CaseView> version(String slug, int version) {
    return FoiRequest.findPublishedBySlug(slug)
        .flatMap(
            r ->
                CaseVersion.<CaseVersion>find("request = ?1 and version = ?2", r, version)
                    .<CaseVersion>firstResultOptional())
        .map(v -> withSlug(read(v), v.request));
  }

  /** A version stored before authority slugs were kept names its request's authority's slug. */
  private static CaseView withSlug(CaseView view, FoiRequest request) {
    return view.authoritySlug() != null || request.authority == null
        ? view
        : view.withAuthoritySlug(request.authority.slug);
  }

  /** The version as it was published, whatever format its snapshot was stored in. */
  CaseView read(CaseVersion v) {
    CaseSnapshot snapshot;
    try {
      snapshot = json.readValue(v.snapshot, CaseSnapshot.class);
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable snapshot of case version " + v.id, e);
    }
    return snapshot.toView();
  }

  /** A published case as the public reads it (its latest version); kept between changes. */
  public Optional<CaseView> find(String slug) {
    return Optional.ofNullable(
        cache.<CaseView>get(
            "case " + slug,
            () ->
                FoiRequest.findPublishedBySlug(slug)
                    .map(
                        r ->
                            CaseVersion.latest(r)
                                .map(
                                    v ->
                                        withSlug(read((CaseVersion) v), r)
                                            .withRelatedCases(CaseAssembler.relatedCases(r)))
                                .orElseGet(() -> assembler.draft(r)))
                    .orElse(null)));
  }

  /** Appends the next version of the case, as {@code view} shows it. Returns its number. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int append(
      FoiRequest request, CaseView view, String reason, String actor, LocalDate publishedOn) {
    int number = CaseVersion.latest(request).map(v -> v.version).orElse(0) + 1;
    CaseVersion v = new CaseVersion();
    v.request = request;
    v.version = number;
    v.publishedOn = publishedOn;
    v.reason = reason;
    v.actor = actor;
    try {
      v.snapshot = json.writeValueAsString(CaseSnapshot.of(view));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the case snapshot", e);
    }
    v.persist();
    return number;
  }
}
