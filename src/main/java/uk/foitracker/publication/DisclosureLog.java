package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.foitracker.authority.Authority;
import uk.foitracker.citation.Provision;
import uk.foitracker.publication.CaseSummary.CitedProvision;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.Outcome;
import uk.foitracker.search.SearchFilter;
import uk.foitracker.search.SearchHit;
import uk.foitracker.search.SearchIndex;
import uk.foitracker.search.SearchOrder;
import uk.foitracker.search.Snippet;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * The disclosure log for the public: pages of published cases, searched, filtered and ordered, read
 * as one range of the log's index wherever it can be.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DisclosureLog {
  private final SearchIndex search;
  private final LogConfig config;
  private final Clock clock;
  private final PublicationCache cache;

  DisclosureLog(SearchIndex search, LogConfig config, Clock clock, PublicationCache cache) {
    this.search = search;
    this.config = config;
    this.clock = clock;
    this.cache = cache;
  }

  /** Every published case, newest first (cases whose date is not stated last). */
  public List<CaseSummary> list() {
    return newest(Integer.MAX_VALUE);
  }

  /** The newest published cases, at most {@code limit}, for the Atom feed. */
  public List<CaseSummary> newest(int limit) {
    Map<String, Object> params = Map.of("published", RequestState.PUBLISHED);
    return summaries(
        byDate(" where r.state = :published", params, LogSort.NEWEST, 0, limit), Map.of());
  }

  /** One authority's published cases, newest first, at most {@code limit}. */
  public List<CaseSummary> newest(long authorityId, int limit) {
    Map<String, Object> params =
        Map.of("published", RequestState.PUBLISHED, "authority", authorityId);
    return summaries(
        byDate(
            " where r.state = :published and r.authority.id = :authority",
            params,
            LogSort.NEWEST,
            0,
            limit),
        Map.of());
  }

  /** The authority of this slug, with its id, or empty. */
  public Optional<LogResult.AuthorityOption> authority(String slug) {
    return Authority.findBySlug(slug).map(a -> new LogResult.AuthorityOption(a.slug, a.name));
  }

  /**
   * The id of the authority of this slug, or null: from the ids kept since the last change, or read
   * afresh for an authority declared since.
   */
  public Long authorityId(String slug) {
    Long id = authorityIds().get(slug);
    return id != null ? id : Authority.findBySlug(slug).map(a -> a.id).orElse(null);
  }

  /**
   * One page of the disclosure log: search words (relevance order by default), filters by outcome,
   * provision cited, regime and year of publication, an order and a page number. Bad input comes
   * back as errors, never as an exception.
   */
  public LogResult browse(LogQuery.Raw raw) {
    LogResult.Options options = cache.get("options", DisclosureLog::options);
    int pageSize = config.pageSize();
    LogQuery query;
    try {
      query =
          LogQuery.parse(
              raw,
              Year.now(clock).getValue(),
              code -> Provision.findByCode(code).isPresent(),
              slug -> authorityId(slug) != null);
    } catch (ValidationProblem e) {
      return LogResult.invalid(LogQuery.all(), e.errors(), pageSize, options);
    }
    if (query.searching()) {
      // The same search gives the same page to every reader until a published case changes, so
      // it is kept like the log's counts (a popular search is not scored again for each reader).
      LogQuery search = query;
      return cache.get(
          "search " + LogView.href(search, search.page()),
          () -> searchPage(search, pageSize, options));
    }

    Map<String, Object> params = new HashMap<>();
    String where =
        filters(query, query.authority() == null ? null : authorityId(query.authority()), params);
    long total = count(where, params);
    int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    if (query.page() > pageCount) {
      return pageMissing(query, pageCount, pageSize, options);
    }

    boolean keyed = query.sort() != LogSort.TITLE;
    List<FoiRequest> rows;
    if (keyed && query.page() == 1) {
      rows = keyset(where, params, query.sort(), null, true, pageSize);
    } else if (keyed && query.page() > 1 && LogKey.parse(raw.after()).isPresent()) {
      rows = keyset(where, params, query.sort(), LogKey.parse(raw.after()).get(), true, pageSize);
    } else if (keyed && query.page() > 1 && LogKey.parse(raw.before()).isPresent()) {
      rows = keyset(where, params, query.sort(), LogKey.parse(raw.before()).get(), false, pageSize);
    } else if (keyed) {
      // A page asked for by number alone (a typed or shared address): skip to it.
      rows = byDate(where, params, query.sort(), (long) (query.page() - 1) * pageSize, pageSize);
    } else {
      // The title order: skip to the page.
      TypedQuery<FoiRequest> select =
          FoiRequest.getEntityManager()
              .createQuery(
                  "select r from FoiRequest r join fetch r.authority"
                      + where
                      + " order by "
                      + query.sort().jpql(),
                  FoiRequest.class);
      params.forEach(select::setParameter);
      rows =
          select
              .setFirstResult((query.page() - 1) * pageSize)
              .setMaxResults(pageSize)
              .getResultList();
    }
    return page(query, rows, total, pageSize, options, keyed);
  }

  /** The JPQL where clause of the log's filters, with its parameters put in {@code params}. */
  private static String filters(LogQuery query, Long authorityId, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where r.state = :published");
    params.put("published", RequestState.PUBLISHED);
    if (query.regime() != null) {
      where.append(" and r.regime = :regime");
      params.put("regime", query.regime());
    }
    if (query.year() != null) {
      where.append(" and r.publishedOn >= :from and r.publishedOn < :to");
      params.put("from", LocalDate.of(query.year(), 1, 1));
      params.put("to", LocalDate.of(query.year() + 1, 1, 1));
    }
    if (!query.outcomes().isEmpty()) {
      where.append(
          " and exists (select q.id from Question q where q.request = r and q.outcome in :outcomes)");
      params.put("outcomes", query.outcomes());
    }
    if (query.provision() != null) {
      where.append(
          " and exists (select c.id from Citation c where c.question.request = r"
              + " and c.provision.code = :provision)");
      params.put("provision", query.provision());
    }
    if (authorityId != null) {
      where.append(" and r.authority.id = :authority");
      params.put("authority", authorityId);
    }

    return where.toString();
  }

  private static LogResult pageMissing(
      LogQuery query, int pageCount, int pageSize, LogResult.Options options) {
    String pages = pageCount == 1 ? "there is 1 page" : "there are " + pageCount + " pages";
    return LogResult.invalid(
        query,
        List.of(new FieldError("page", "Page " + query.page() + " does not exist: " + pages)),
        pageSize,
        options);
  }

  /**
   * A page of search results. The index matches, filters, orders, counts and pages (it holds the
   * facts the filters and orders need), so however many cases match, the database reads only the
   * page's cases; it stays the record: a case the index still holds but that is no longer published
   * (withdrawn a moment ago, before the index caught up) is left off the page. Pages go as deep as
   * {@code foi.log.max-search-hits} results; the page says so when more match.
   */
  private LogResult searchPage(LogQuery query, int pageSize, LogResult.Options options) {
    int maxPages = Math.max(1, config.maxSearchHits() / pageSize);
    if (query.page() > maxPages) {
      return LogResult.invalid(
          query,
          List.of(
              new FieldError(
                  "page",
                  "Search results go to page "
                      + maxPages
                      + " at most: add words or choose filters to narrow your search")),
          pageSize,
          options);
    }
    SearchFilter filter =
        new SearchFilter(
            query.regime() == null ? null : query.regime().name(),
            query.year(),
            query.outcomes().stream().map(Enum::name).collect(Collectors.toSet()),
            query.provision(),
            query.authority());
    SearchOrder order =
        switch (query.sort()) {
          case NEWEST -> SearchOrder.NEWEST;
          case OLDEST -> SearchOrder.OLDEST;
          case TITLE -> SearchOrder.TITLE;
          case RELEVANCE -> SearchOrder.RELEVANCE;
        };
    SearchIndex.Found found =
        search.find(query.q(), filter, order, (query.page() - 1) * pageSize, pageSize);
    int pageCount =
        (int) Math.max(1, Math.min(maxPages, (found.total() + pageSize - 1) / pageSize));
    if (query.page() > pageCount) {
      return pageMissing(query, pageCount, pageSize, options);
    }
    Map<String, FoiRequest> bySlug = new HashMap<>();
    if (!found.slugs().isEmpty()) {
      FoiRequest.getEntityManager()
          .createQuery(
              "select r from FoiRequest r join fetch r.authority"
                  + " where r.slug in :slugs and r.state = :published",
              FoiRequest.class)
          .setParameter("slugs", found.slugs())
          .setParameter("published", RequestState.PUBLISHED)
          .getResultList()
          .forEach(r -> bySlug.put(r.slug, r));
    }
    List<FoiRequest> rows =
        found.slugs().stream().map(bySlug::get).filter(Objects::nonNull).toList();
    Map<String, List<Snippet>> passages =
        search.passages(query.q(), rows.stream().map(r -> r.slug).toList());
    Map<String, SearchHit> hits = new LinkedHashMap<>();
    rows.forEach(
        r -> hits.put(r.slug, new SearchHit(r.slug, passages.getOrDefault(r.slug, List.of()))));
    return new LogResult(
        query,
        List.of(),
        summaries(rows, hits),
        found.total(),
        pageCount,
        pageSize,
        options,
        null,
        null);
  }

  /**
   * A page of the date orders read from the page key: the cases just after {@code key} (forward) or
   * just before it, at most {@code size}, in the order shown; from the start when {@code key} is
   * null. Dated cases come first and undated ones last in both orders, so each part is one range of
   * the log's index, never a skip.
   */
  private static List<FoiRequest> keyset(
      String where,
      Map<String, Object> params,
      LogSort sort,
      LogKey key,
      boolean forward,
      int size) {
    boolean ascending = (sort == LogSort.OLDEST) == forward;
    String op = ascending ? " > " : " < ";
    String dir = ascending ? " asc" : " desc";
    String datedOrder = "r.publishedOn" + dir + ", r.createdAt" + dir + ", r.id" + dir;
    String undatedOrder = "r.createdAt" + dir + ", r.id" + dir;
    String datedAfterKey =
        " and r.publishedOn is not null and (r.publishedOn, r.createdAt, r.id)"
            + op
            + "(:keyPublished, :keyCreated, :keyId)";
    String undatedAfterKey =
        " and r.publishedOn is null and (r.createdAt, r.id)" + op + "(:keyCreated, :keyId)";
    List<FoiRequest> out = new ArrayList<>();
    if (key == null) {
      out.addAll(fetch(where + " and r.publishedOn is not null", params, datedOrder, null, size));
      if (out.size() < size) {
        String undated = where + " and r.publishedOn is null";
        out.addAll(fetch(undated, params, undatedOrder, null, size - out.size()));
      }
      return out;
    }
    boolean dated = key.publishedOn() != null;
    if (forward) {
      if (dated) {
        out.addAll(fetch(where + datedAfterKey, params, datedOrder, key, size));
      }
      if (out.size() < size) {
        String part = dated ? " and r.publishedOn is null" : undatedAfterKey;
        out.addAll(fetch(where + part, params, undatedOrder, key, size - out.size()));
      }
    } else {
      if (!dated) {
        out.addAll(fetch(where + undatedAfterKey, params, undatedOrder, key, size));
      }
      if (out.size() < size) {
        String part = dated ? datedAfterKey : " and r.publishedOn is not null";
        out.addAll(fetch(where + part, params, datedOrder, key, size - out.size()));
      }
      Collections.reverse(out);
    }
    return out;
  }

  /**
   * Cases in a date order from position {@code skip}: dated ones, then undated ones, each read as
   * its own range (an index serves each; no NULLS LAST sort over the whole log).
   */
  private List<FoiRequest> byDate(
      String where, Map<String, Object> params, LogSort sort, long skip, int size) {
    String dir = sort == LogSort.OLDEST ? " asc" : " desc";
    String datedWhere = where + " and r.publishedOn is not null";
    long dated = count(datedWhere, params);
    List<FoiRequest> out = new ArrayList<>();
    if (skip < dated) {
      String order = "r.publishedOn" + dir + ", r.createdAt" + dir + ", r.id" + dir;
      out.addAll(fetch(datedWhere, params, order, null, skip, size));
    }
    if (out.size() < size) {
      String order = "r.createdAt" + dir + ", r.id" + dir;
      String undated = where + " and r.publishedOn is null";
      out.addAll(fetch(undated, params, order, null, Math.max(0, skip - dated), size - out.size()));
    }
    return out;
  }

  private static List<FoiRequest> fetch(
      String where, Map<String, Object> params, String order, LogKey key, int size) {
    return fetch(where, params, order, key, 0, size);
  }

  private static List<FoiRequest> fetch(
      String where, Map<String, Object> params, String order, LogKey key, long skip, int size) {
    TypedQuery<FoiRequest> select =
        FoiRequest.getEntityManager()
            .createQuery(
                "select r from FoiRequest r join fetch r.authority" + where + " order by " + order,
                FoiRequest.class);
    params.forEach(select::setParameter);
    if (where.contains(":keyPublished")) {
      select.setParameter("keyPublished", key.publishedOn());
    }
    if (where.contains(":keyCreated")) {
      select.setParameter("keyCreated", key.createdAt());
      select.setParameter("keyId", key.id());
    }
    return select.setFirstResult((int) skip).setMaxResults(size).getResultList();
  }

  /**
   * How many published cases match: counted once per query and kept in the {@link
   * PublicationCache}, so paging through a million cases does not count them all again on every
   * page. Searches count their own hits.
   */
  private long count(String where, Map<String, Object> params) {
    return cache.get("count" + where + params, () -> countNow(where, params));
  }

  private static long countNow(String where, Map<String, Object> params) {
    TypedQuery<Long> count =
        FoiRequest.getEntityManager()
            .createQuery("select count(r) from FoiRequest r" + where, Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private LogResult page(
      LogQuery query,
      List<FoiRequest> rows,
      long total,
      int pageSize,
      LogResult.Options options,
      boolean keyed) {
    int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
    String first = keyed && !rows.isEmpty() ? LogKey.of(rows.get(0)).param() : null;
    String last = keyed && !rows.isEmpty() ? LogKey.of(rows.get(rows.size() - 1)).param() : null;
    return new LogResult(
        query,
        List.of(),
        summaries(rows, Map.of()),
        total,
        pageCount,
        pageSize,
        options,
        first,
        last);
  }

  /**
   * The id of each authority by slug, kept until a case changes: the log filters on the id, so an
   * authority's page is one range of the index on (authority, state, date).
   */
  Map<String, Long> authorityIds() {
    return cache.get("authority ids", DisclosureLog::readAuthorityIds);
  }

  private static Map<String, Long> readAuthorityIds() {
    Map<String, Long> ids = new HashMap<>();
    for (Object[] row :
        FoiRequest.getEntityManager()
            .createQuery("select a.slug, a.id from Authority a", Object[].class)
            .getResultList()) {
      ids.put((String) row[0], (Long) row[1]);
    }
    return Map.copyOf(ids);
  }

  /** Provisions cited in published cases, publication years, and how many cases have no date. */
  private static LogResult.Options options() {
    EntityManager em = FoiRequest.getEntityManager();
    List<Provision> cited =
        em.createQuery(
                "select distinct p from Citation c join c.provision p join c.question q"
                    + " where q.request.state = :published",
                Provision.class)
            .setParameter("published", RequestState.PUBLISHED)
            .getResultList();
    List<CitedProvision> provisions =
        cited.stream()
            .sorted(Comparator.comparingInt(p -> p.sortOrder))
            .map(p -> new CitedProvision(p.code, p.reference))
            .toList();
    List<Integer> years =
        em
            .createQuery(
                "select distinct r.publishedOn from FoiRequest r"
                    + " where r.state = :published and r.publishedOn is not null",
                LocalDate.class)
            .setParameter("published", RequestState.PUBLISHED)
            .getResultList()
            .stream()
            .map(LocalDate::getYear)
            .distinct()
            .sorted(Comparator.reverseOrder())
            .toList();
    long undated =
        em.createQuery(
                "select count(r) from FoiRequest r where r.state = :published and r.publishedOn is null",
                Long.class)
            .setParameter("published", RequestState.PUBLISHED)
            .getSingleResult();
    List<LogResult.AuthorityOption> authorities =
        em
            .createQuery("select a.slug, a.name from Authority a order by a.name", Object[].class)
            .getResultList()
            .stream()
            .map(row -> new LogResult.AuthorityOption((String) row[0], (String) row[1]))
            .toList();
    return new LogResult.Options(provisions, years, undated, authorities);
  }

  /** Summaries in the order given, with outcomes and provisions in two queries. */
  private static List<CaseSummary> summaries(
      List<FoiRequest> requests, Map<String, SearchHit> hits) {
    Map<Long, TreeSet<Outcome>> outcomes = new HashMap<>();
    Map<Long, List<CitedProvision>> provisions = new HashMap<>();
    if (!requests.isEmpty()) {
      EntityManager em = Question.getEntityManager();
      List<Object[]> rows =
          em.createQuery(
                  "select q.request.id, q.outcome from Question q where q.request in ?1",
                  Object[].class)
              .setParameter(1, requests)
              .getResultList();
      for (Object[] row : rows) {
        if (row[1] != null) {
          outcomes.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((Outcome) row[1]);
        }
      }
      List<Object[]> cited =
          em.createQuery(
                  "select distinct q.request.id, p.code, p.reference, p.sortOrder from Citation c"
                      + " join c.question q join c.provision p where q.request in ?1"
                      + " order by p.sortOrder",
                  Object[].class)
              .setParameter(1, requests)
              .getResultList();
      for (Object[] row : cited) {
        provisions
            .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
            .add(new CitedProvision((String) row[1], (String) row[2]));
      }
    }
    return requests.stream()
        .map(
            r ->
                new CaseSummary(
                    r.slug,
                    r.title,
                    r.authority.name,
                    r.regime,
                    List.copyOf(outcomes.getOrDefault(r.id, new TreeSet<>())),
                    List.copyOf(provisions.getOrDefault(r.id, List.of())),
                    r.publishedOn,
                    r.createdAt,
                    hits.isEmpty() ? null : hits.get(r.slug).snippets(),
                    r.authority.slug))
        .toList();
  }
}
