package uk.foitracker.compare;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.release.PersonalDataScan;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The officer's verbs on batches: create one, add or take out a case (by its reference or its
 * slug), suggest cases by the likeness of their request's words, and correct the alignment with a
 * label mapping. Each change is an audit event in the same transaction; bad input is refused whole.
 */
@ApplicationScoped
@Transactional
public class Batches {
  static final int TITLE_MAX = 300;
  static final int WORDING_MAX = 20000;
  static final int LABEL_MAX = 500;

  /** Suggested when the request's words and the batch's share at least this (Jaccard). */
  static final double SUGGEST_FROM = 0.3;

  static final int SUGGEST_MAX = 20;

  /** Requests read to score for suggestions, at most (those sharing a rare word of the wording). */
  static final int CANDIDATES_MAX = 2000;

  private final AuditLog audit;
  private final Clock clock;

  Batches(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /** One case of a batch, for the officer. */
  public record MemberView(
      String reference, String slug, String title, String authority, boolean published) {}

  public record MappingView(long id, String axis, String from, String to) {}

  public record BatchView(
      String slug,
      String title,
      String wording,
      List<MemberView> members,
      List<MappingView> mappings,
      String authority,
      String authoritySlug) {}

  /** A request suggested for a batch, with its score (share of words in common). */
  public record Suggestion(
      String reference, String slug, String title, String authority, double score) {
    public String scoreText() {
      return Math.round(score * 100) + "% of words in common";
    }
  }

  /**
   * Batches made before they had an owner are the installation's own authority's (the only one
   * there was then).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  void onStart(@Observes StartupEvent event) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (Batch.count("authority is null") > 0) {
                Batch.update("authority = ?1 where authority is null", AuthorityScope.ownNow());
              }
            });
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BatchView> list() {
    return Batch.newestFirst().stream().map(Batches::view).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public BatchView get(String slug) {
    return view(batch(slug));
  }

  static Batch batch(String slug) {
    return Batch.findBySlug(slug == null ? "" : slug)
        .orElseThrow(() -> new NotFoundProblem("No batch " + slug));
  }

  /**
   * The batch to change: one another authority's officer created answers as an unknown batch does
   * (its comparison stays public; reading it is not changing it).
   */
  static Batch owned(String slug) {
    Batch b = batch(slug);
    if (!AuthorityScope.allowsOwnedNow(b.authority)) {
      throw new NotFoundProblem("No batch " + slug);
    }
    return b;
  }

  /** Creates a batch; its slug comes from the title, made unique; a title taken is refused. */
  public BatchView create(String title, String wording, String actor) {
    List<FieldError> errors = new ArrayList<>();
    String t = title == null ? "" : title.strip();
    String w = wording == null ? "" : wording.strip();
    if (t.isEmpty()) {
      errors.add(new FieldError("title", "Enter a title for the batch"));
    } else if (t.length() > TITLE_MAX) {
      errors.add(
          new FieldError("title", "The title must be " + TITLE_MAX + " characters or fewer"));
    }
    if (w.isEmpty()) {
      errors.add(new FieldError("wording", "Enter the request as it was sent"));
    } else if (w.length() > WORDING_MAX) {
      errors.add(
          new FieldError("wording", "The request must be " + WORDING_MAX + " characters or fewer"));
    }
    if (errors.isEmpty() && Batch.count("lower(title) = ?1", t.toLowerCase(Locale.ROOT)) > 0) {
      // a double click or a refresh of the form must not make a second batch
      errors.add(
          new FieldError(
              "title", "There is already a batch with this title: open it from the list"));
    }
    if (errors.isEmpty()) {
      // the title and wording are published on /compare: nobody's personal data goes with them
      for (PersonalDataScan.Hit hit :
          PersonalDataScan.anyone().scanAll(Map.of("title", t, "wording", w))) {
        errors.add(
            new FieldError(hit.field(), "Take out personal data, " + hit.message(" (published)")));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String base = Authority.slugOf(t);
    if (base.length() > 100) {
      base = base.substring(0, 100).replaceAll("-$", "");
    }
    String slug = base;
    for (int i = 2; Batch.findBySlug(slug).isPresent(); i++) {
      slug = base + "-" + i;
    }
    Batch b = new Batch();
    b.slug = slug;
    b.title = t;
    b.wording = w;
    b.createdBy = actor;
    b.createdAt = Instant.now(clock);
    b.authority = AuthorityScope.homeNow();
    b.persist();
    audit.record(actor, "BATCH_CREATED", "batch", b.id, "Batch " + t + " created", null, slug);
    return view(b);
  }

  /** Adds a case by its reference or slug; refused when unknown or already in the batch. */
  public BatchView add(String batchSlug, String member, String actor) {
    Batch b = owned(batchSlug);
    FoiRequest r = request(member);
    if (BatchMember.count("batch = ?1 and request = ?2", b, r) > 0) {
      throw ValidationProblem.of("member", "That case is already in this batch");
    }
    // the batch's title and wording are published beside this case: not with its requester's data
    RequesterContact contact = RequesterContact.<RequesterContact>find("request", r).firstResult();
    if (contact != null) {
      List<PersonalDataScan.Hit> hits =
          PersonalDataScan.forRequester(
                  new PersonalDataScan.Requester(
                      contact.name, contact.contact, contact.address, r.requestText))
              .scanAll(Map.of("title", b.title, "wording", b.wording));
      if (!hits.isEmpty()) {
        throw ValidationProblem.of(
            "member",
            "The batch's title or wording holds this case's requester's personal data: "
                + hits.get(0).message());
      }
    }
    BatchMember m = new BatchMember();
    m.batch = b;
    m.request = r;
    m.addedBy = actor;
    m.addedAt = Instant.now(clock);
    m.persist();
    b.revision++;
    audit.record(
        actor,
        "BATCH_MEMBER_ADDED",
        "batch",
        b.id,
        "Case " + r.systemReference + " (" + r.authority.name + ") added to batch " + b.title,
        null,
        r.systemReference);
    return view(b);
  }

  public BatchView remove(String batchSlug, String member, String actor) {
    Batch b = owned(batchSlug);
    FoiRequest r = request(member);
    long gone = BatchMember.delete("batch = ?1 and request = ?2", b, r);
    if (gone == 0) {
      throw ValidationProblem.of("member", "That case is not in this batch");
    }
    b.revision++;
    audit.record(
        actor,
        "BATCH_MEMBER_REMOVED",
        "batch",
        b.id,
        "Case " + r.systemReference + " taken out of batch " + b.title,
        r.systemReference,
        null);
    return view(b);
  }

  /**
   * Takes a label as written as another on one axis (rows or columns) of the batch's tables; a
   * mapping of the same label on the same axis is replaced.
   */
  public BatchView map(String batchSlug, String axis, String from, String to, String actor) {
    Batch b = owned(batchSlug);
    List<FieldError> errors = new ArrayList<>();
    LabelMap.Axis a = null;
    try {
      a = LabelMap.Axis.valueOf(axis == null ? "" : axis.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("axis", "Select whether the label is a row or a column"));
    }
    String f = from == null ? "" : from.strip();
    String t = to == null ? "" : to.strip();
    if (LabelKeys.key(f).isEmpty()) {
      errors.add(new FieldError("from", "Enter the label as the table writes it"));
    } else if (f.length() > LABEL_MAX) {
      errors.add(new FieldError("from", "The label must be " + LABEL_MAX + " characters or fewer"));
    }
    if (LabelKeys.key(t).isEmpty()) {
      errors.add(new FieldError("to", "Enter the label to line it up with"));
    } else if (t.length() > LABEL_MAX) {
      errors.add(new FieldError("to", "The label must be " + LABEL_MAX + " characters or fewer"));
    } else if (LabelKeys.key(t).equals(LabelKeys.key(f))) {
      errors.add(new FieldError("to", "Enter a different label: these two already line up"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    String key = LabelKeys.key(f);
    Optional<LabelMapping> old =
        LabelMapping.<LabelMapping>find("batch = ?1 and axis = ?2 and fromKey = ?3", b, a, key)
            .firstResultOptional();
    String before = old.map(m -> m.fromLabel + " = " + m.toLabel).orElse(null);
    LabelMapping m = old.orElseGet(LabelMapping::new);
    m.batch = b;
    m.axis = a;
    m.fromLabel = f;
    m.fromKey = key;
    m.toLabel = t;
    m.persist();
    b.revision++;
    audit.record(
        actor,
        "BATCH_LABEL_MAPPED",
        "batch",
        b.id,
        (a == LabelMap.Axis.ROW ? "Row" : "Column")
            + " label \""
            + f
            + "\" taken as \""
            + t
            + "\" in batch "
            + b.title,
        before,
        f + " = " + t);
    return view(b);
  }

  public BatchView unmap(String batchSlug, long id, String actor) {
    Batch b = owned(batchSlug);
    LabelMapping m =
        LabelMapping.<LabelMapping>find("batch = ?1 and id = ?2", b, id)
            .firstResultOptional()
            .orElseThrow(() -> ValidationProblem.of("mapping", "That label mapping is not set"));
    String before = m.fromLabel + " = " + m.toLabel;
    m.delete();
    b.revision++;
    audit.record(
        actor,
        "BATCH_LABEL_UNMAPPED",
        "batch",
        b.id,
        "Label mapping \"" + before + "\" removed from batch " + b.title,
        before,
        null);
    return view(b);
  }

  /**
   * Requests whose words are like the batch's wording (see {@link TextSimilarity}), best first, not
   * already in the batch. Only requests sharing one of the wording's three longest words are read
   * (at most {@link #CANDIDATES_MAX}), so a large log is not read whole.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Suggestion> suggest(String batchSlug) {
    Batch b = batch(batchSlug);
    Set<String> words = TextSimilarity.words(b.wording);
    List<String> rare =
        words.stream()
            .filter(w -> w.length() >= 5 && !w.contains("/"))
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .limit(3)
            .toList();
    if (rare.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (String w : rare) {
      where
          .append(where.isEmpty() ? "" : " or ")
          .append("lower(requestText) like ?")
          .append(params.size() + 1);
      params.add("%" + w + "%");
    }
    Set<Long> in = new HashSet<>();
    BatchMember.of(b).forEach(m -> in.add(m.request.id));
    List<FoiRequest> candidates =
        FoiRequest.<FoiRequest>find(where.toString(), params.toArray())
            .page(0, CANDIDATES_MAX)
            .list();
    List<Suggestion> out = new ArrayList<>();
    for (FoiRequest r : candidates) {
      if (in.contains(r.id) || !visible(r)) {
        continue;
      }
      double score = TextSimilarity.jaccard(words, TextSimilarity.words(r.requestText));
      if (score >= SUGGEST_FROM) {
        out.add(new Suggestion(r.systemReference, r.slug, r.title, r.authority.name, score));
      }
    }
    out.sort(Comparator.comparingDouble(Suggestion::score).reversed());
    return out.size() > SUGGEST_MAX ? out.subList(0, SUGGEST_MAX) : out;
  }

  /**
   * Whether an officer may see a request here: one of their authorities', or a published case
   * (public); another authority's unpublished request is not named, as if it did not exist.
   */
  private static boolean visible(FoiRequest r) {
    return r.state == RequestState.PUBLISHED || AuthorityScope.allowsNow(r.authority);
  }

  private static FoiRequest request(String member) {
    String m = member == null ? "" : member.strip();
    if (m.isEmpty()) {
      throw ValidationProblem.of("member", "Enter the reference or the address of a case");
    }
    return FoiRequest.findAnyByReference(m)
        .or(() -> FoiRequest.findAnyByReference(m.toUpperCase(Locale.ROOT)))
        .or(() -> FoiRequest.findBySlug(m))
        .or(() -> FoiRequest.findBySlug(m.toLowerCase(Locale.ROOT)))
        .filter(Batches::visible)
        .orElseThrow(() -> ValidationProblem.of("member", "No case has that reference or address"));
  }

  static BatchView view(Batch b) {
    List<MemberView> members =
        BatchMember.of(b).stream()
            .filter(m -> visible(m.request))
            .map(
                m ->
                    new MemberView(
                        m.request.systemReference,
                        m.request.slug,
                        m.request.title,
                        m.request.authority.name,
                        m.request.state == RequestState.PUBLISHED))
            .toList();
    List<MappingView> mappings =
        LabelMapping.of(b).stream()
            .map(m -> new MappingView(m.id, m.axis.name(), m.fromLabel, m.toLabel))
            .toList();
    Authority owner = b.authority != null ? b.authority : AuthorityScope.ownNow();
    return new BatchView(b.slug, b.title, b.wording, members, mappings, owner.name, owner.slug);
  }
}
