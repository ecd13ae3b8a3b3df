package uk.foitracker.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * Full-text index of the published cases (Apache Lucene): titles, question texts, answer paragraphs
 * and table captions, with English stemming ("exploited" finds "exploitation").
 *
 * <p>The index lives on disk ({@code foi.search.index-path}), so start-up does not re-read a
 * million cases. The database stays the only record: every change to a published case writes a
 * {@link SearchOutbox} row in the same transaction ({@link #index(String)}); after the commit the
 * case is applied to the index at once, and the indexer drains the outbox (re-reading each case
 * from the database, committing the index, then deleting the rows) after each commit and at
 * start-up, so a case published just before a crash is indexed when the app comes back. An index
 * not built from this database (new folder, other or restored database) is rebuilt at start-up;
 * {@code java -jar quarkus-run.jar --rebuild-index} rebuilds it on demand (after a bulk load).
 *
 * <p>It indexes what the public reads ({@link SearchableCases}: the latest published version),
 * never a draft. <b>When a case is published or corrected</b>, call {@link #index(String)} with its
 * slug from the publishing service, inside the publishing transaction, after the version is
 * written. The index changes only if that transaction commits.
 */
@ApplicationScoped
public class SearchIndex {
  static final String SLUG = "slug";
  static final String TITLE = "title";
  static final String QUESTION = "question";
  static final String ANSWER = "answer";
  static final String CAPTION = "caption";
  static final String TOKEN = "database-token";
  static final String REGIME = "regime";
  static final String YEAR = "year";
  static final String OUTCOME = "outcome";
  static final String PROVISION = "provision";
  static final String PUBLISHED = "published";
  static final String CREATED = "created";
  static final String ID = "id";
  static final String TITLE_ORDER = "title-order";

  /**
   * The fields of a document: an index written with another format (before the filter and order
   * fields) is rebuilt at start-up.
   */
  static final String FORMAT_KEY = "format";

  static final String FORMAT = "2";
  private static final String[] HIGHLIGHTED = {TITLE, QUESTION, ANSWER, CAPTION};
  private static final int[] PASSAGES = {1, 2, 2, 1};
  private static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 3f, QUESTION, 2f, CAPTION, 1.5f, ANSWER, 1f);
  private static final FieldType TEXT = textWithOffsets();
  private static final Logger LOG = Logger.getLogger(SearchIndex.class);

  private final TransactionSynchronizationRegistry transactions;
  private final SearchableCases cases;
  private final SearchConfig config;
  private final Analyzer analyzer = analyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ExecutorService drainer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "search-outbox");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean drainPending = new AtomicBoolean();
  private final AtomicLong changes = new AtomicLong();
  private volatile String token;

  SearchIndex(
      TransactionSynchronizationRegistry transactions, SearchableCases cases, SearchConfig config) {
    this.transactions = transactions;
    this.cases = cases;
    this.config = config;
    try {
      Path path = Path.of(config.indexPath());
      Files.createDirectories(path);
      IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer);
      writerConfig.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      this.writer = new IndexWriter(FSDirectory.open(path), writerConfig);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + config.indexPath(), e);
    }
  }

  /** Runs after the seed import (which observes start-up at the default priority). */
  void onStart(@Observes @Priority(5000) StartupEvent event) {
    if (!config.syncOnStart()) {
      return;
    }
    String indexed = indexedToken();
    if (indexed == null
        || !indexed.equals(databaseToken())
        || !FORMAT.equals(committed(FORMAT_KEY))) {
      LOG.infof("Search index rebuilt from this database: %d published cases", rebuild());
    } else {
      LOG.infof("Search index opened: %d cases; %d changes drained", size(), drain());
    }
  }

  /**
   * Indexes one case again from the database: adds or replaces it when it is published, removes it
   * otherwise (withdrawn, unknown slug). Records the change in the outbox in the caller's
   * transaction; the index changes when that transaction commits.
   */
  @Transactional
  public void index(String slug) {
    SearchOutbox row = new SearchOutbox();
    row.slug = slug;
    row.queuedAt = Instant.now();
    row.persist();
    Optional<Document> document = document(slug);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              apply(Map.of(slug, document));
              drainLater();
            }
          }
        });
  }

  /** Replaces the whole index with every published case; returns how many were indexed. */
  public int rebuild() {
    String database = databaseToken();
    List<Long> queued =
        QuarkusTransaction.requiringNew()
            .call(() -> SearchOutbox.<SearchOutbox>listAll().stream().map(o -> o.id).toList());
    int count = 0;
    try {
      writer.deleteAll();
      String after = null;
      while (true) {
        String from = after;
        List<String> batch =
            QuarkusTransaction.requiringNew()
                .call(() -> cases.publishedSlugs(from, config.batchSize()));
        if (batch.isEmpty()) {
          break;
        }
        List<Document> documents =
            QuarkusTransaction.requiringNew()
                .call(() -> cases.findAll(batch).stream().map(SearchIndex::document).toList());
        writer.addDocuments(documents);
        count += documents.size();
        after = batch.get(batch.size() - 1);
      }
      commit(database);
      changes.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rebuild the search index", e);
    }
    deleteQueued(queued);
    return count;
  }

  /**
   * Applies every change waiting in the outbox, re-reading each case from the database, then
   * deletes the rows applied. Returns how many rows were drained.
   */
  public synchronized int drain() {
    int drained = 0;
    while (true) {
      List<SearchOutbox> rows =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      SearchOutbox.<SearchOutbox>find("order by id")
                          .page(0, config.batchSize())
                          .list());
      if (rows.isEmpty()) {
        return drained;
      }
      List<String> slugs = rows.stream().map(r -> r.slug).distinct().toList();
      Map<String, Optional<Document>> documents =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    Map<String, Optional<Document>> out = new LinkedHashMap<>();
                    slugs.forEach(slug -> out.put(slug, document(slug)));
                    return out;
                  });
      if (!apply(documents)) {
        return drained; // the rows stay for the next drain
      }
      deleteQueued(rows.stream().map(r -> r.id).toList());
      drained += rows.size();
    }
  }

  /**
   * A number that grows whenever a published case changes in this instance: a cache of anything
   * derived from the published cases (counts, filter choices) is stale when it differs.
   */
  public long changes() {
    return changes.get();
  }

  /** How many cases the index holds. */
  public int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index", e);
    }
  }

  /**
   * The published cases matching {@code text}, best first (at most {@code max}), each with the
   * passages where the words were found. Every word must match (stemmed, in any field); "quotes"
   * search for a phrase, a trailing * for a prefix, -word excludes. Text with no searchable word
   * matches nothing. Pages that show a few of many hits use {@link #find} then {@link #passages}.
   */
  public List<SearchHit> search(String text, int max) {
    return withSearcher(searcher -> search(searcher, analyzer, text, max));
  }

  /**
   * One page of the published cases matching {@code text} and {@code filter}, in {@code order}: how
   * many match in all (exact), and the slugs of those from {@code offset}, at most {@code limit}.
   * Filtering, ordering and counting happen in the index, so the database reads only the page.
   */
  public Found find(String text, SearchFilter filter, SearchOrder order, int offset, int limit) {
    return withSearcher(searcher -> find(searcher, analyzer, text, filter, order, offset, limit));
  }

  /** A page of search results: the number of matches in all and the slugs of the page, in order. */
  public record Found(long total, List<String> slugs) {}

  static Found find(
      IndexSearcher searcher,
      Analyzer analyzer,
      String text,
      SearchFilter filter,
      SearchOrder order,
      int offset,
      int limit)
      throws IOException {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder().add(parse(analyzer, text), BooleanClause.Occur.MUST);
    if (filter.regime() != null) {
      query.add(new TermQuery(new Term(REGIME, filter.regime())), BooleanClause.Occur.FILTER);
    }
    if (filter.year() != null) {
      query.add(
          new TermQuery(new Term(YEAR, String.valueOf(filter.year()))), BooleanClause.Occur.FILTER);
    }
    if (!filter.outcomes().isEmpty()) {
      query.add(
          new TermInSetQuery(OUTCOME, filter.outcomes().stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
    if (filter.provision() != null) {
      query.add(new TermQuery(new Term(PROVISION, filter.provision())), BooleanClause.Occur.FILTER);
    }
    int wanted = Math.max(1, offset + limit);
    // Every match is counted (no threshold), so the total shown is exact; only `wanted` are kept.
    TopDocs top =
        order == SearchOrder.RELEVANCE
            ? searcher.search(
                query.build(),
                new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, false))
            : searcher.search(
                query.build(),
                new TopFieldCollectorManager(sort(order), wanted, null, Integer.MAX_VALUE, false));
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(offset, docs.length);
    int[] page = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      page[i - from] = docs[i].doc;
    }
    return new Found(top.totalHits.value, slugs(searcher, page));
  }

  /** The log's orders: see {@code LogSort.jpql()}; undated cases last in both date orders. */
  private static Sort sort(SearchOrder order) {
    return switch (order) {
      case OLDEST ->
          new Sort(
              dated(PUBLISHED, false, Long.MAX_VALUE),
              dated(CREATED, false, Long.MAX_VALUE),
              new SortField(ID, SortField.Type.LONG, false));
      case TITLE ->
          new Sort(
              new SortField(TITLE_ORDER, SortField.Type.STRING, false),
              new SortField(ID, SortField.Type.LONG, false));
      default ->
          new Sort(
              dated(PUBLISHED, true, Long.MIN_VALUE),
              dated(CREATED, true, Long.MIN_VALUE),
              new SortField(ID, SortField.Type.LONG, true));
    };
  }

  private static SortField dated(String field, boolean reverse, long missing) {
    SortField sort = new SortField(field, SortField.Type.LONG, reverse);
    sort.setMissingValue(missing);
    return sort;
  }

  /** The slugs of these documents, in this order, read from doc values (not stored fields). */
  private static List<String> slugs(IndexSearcher searcher, int[] docs) throws IOException {
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> docs[i]));
    String[] slugs = new String[docs.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    SortedDocValues values = null;
    int leaf = -1;
    for (int i : byDoc) {
      int l = ReaderUtil.subIndex(docs[i], leaves);
      if (l != leaf) {
        leaf = l;
        values = DocValues.getSorted(leaves.get(l).reader(), SLUG);
      }
      if (values.advanceExact(docs[i] - leaves.get(l).docBase)) {
        slugs[i] = values.lookupOrd(values.ordValue()).utf8ToString();
      }
    }
    return java.util.Arrays.stream(slugs).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The passages where the words of {@code text} were found in each of {@code slugs} (the cases a
   * page shows), by slug; a case that no longer matches has none.
   */
  public Map<String, List<Snippet>> passages(String text, Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    return withSearcher(searcher -> passages(searcher, analyzer, text, slugs));
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  /** The analyzer of the index and of every search: English, with stemming. */
  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /**
   * {@link #search(String, int)} over an index of {@link #document}s read with {@code searcher}.
   */
  static List<SearchHit> search(IndexSearcher searcher, Analyzer analyzer, String text, int max)
      throws IOException {
    List<String> slugs =
        find(searcher, analyzer, text, SearchFilter.NONE, SearchOrder.RELEVANCE, 0, max).slugs();
    Map<String, List<Snippet>> passages = passages(searcher, analyzer, text, slugs);
    return slugs.stream()
        .map(slug -> new SearchHit(slug, passages.getOrDefault(slug, List.of())))
        .toList();
  }

  private static Map<String, List<Snippet>> passages(
      IndexSearcher searcher, Analyzer analyzer, String text, Collection<String> slugs)
      throws IOException {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    Query words = parse(analyzer, text);
    Query query =
        new BooleanQuery.Builder()
            .add(words, BooleanClause.Occur.MUST)
            .add(
                new TermInSetQuery(SLUG, slugs.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, slugs.size());
    int[] docIds = new int[top.scoreDocs.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    Map<String, Object[]> passages =
        new Highlighter(searcher, analyzer).highlight(HIGHLIGHTED, words, docIds, PASSAGES);
    StoredFields stored = searcher.storedFields();
    Set<String> slugOnly = Set.of(SLUG);
    Map<String, List<Snippet>> out = new LinkedHashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      List<Snippet> snippets = new ArrayList<>();
      for (String field : HIGHLIGHTED) {
        snippets.addAll(snippets(field, passages.get(field)[i]));
      }
      out.put(stored.document(docIds[i], slugOnly).get(SLUG), snippets);
    }
    return out;
  }

  private static Query parse(Analyzer analyzer, String text) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    return parser.parse(text);
  }

  @PreDestroy
  void close() {
    drainer.shutdown();
    try {
      drainer.awaitTermination(10, TimeUnit.SECONDS);
      searchers.close();
      writer.close();
    } catch (IOException | InterruptedException e) {
      LOG.warn("Could not close the search index cleanly");
    }
  }

  private void drainLater() {
    if (drainPending.compareAndSet(false, true)) {
      try {
        drainer.execute(
            () -> {
              drainPending.set(false);
              try {
                drain();
              } catch (RuntimeException e) {
                LOG.warnf(
                    "Search outbox not drained (retried at the next change or start-up): %s",
                    e.toString());
              }
            });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        drainPending.set(false); // shutting down: start-up drains it
      }
    }
  }

  /** Applies documents (empty: remove the case) and commits; false when the index failed. */
  private boolean apply(Map<String, Optional<Document>> documents) {
    try {
      for (Map.Entry<String, Optional<Document>> e : documents.entrySet()) {
        Term key = new Term(SLUG, e.getKey());
        if (e.getValue().isPresent()) {
          writer.updateDocument(key, e.getValue().get());
        } else {
          writer.deleteDocuments(key);
        }
      }
      commit(token != null ? token : databaseToken());
      changes.incrementAndGet();
      return true;
    } catch (IOException e) {
      // The case is published in the database whatever happens here; the outbox row stays.
      LOG.errorf("Could not update the search index for %s", documents.keySet());
      return false;
    }
  }

  private void commit(String database) throws IOException {
    writer.setLiveCommitData(Map.of(TOKEN, database, FORMAT_KEY, FORMAT).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private String indexedToken() {
    return committed(TOKEN);
  }

  /** A value of the last commit's user data, or null. */
  private String committed(String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(key)) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** This database's token, made on first use. */
  private String databaseToken() {
    if (token == null) {
      token =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    SearchIndexState state = SearchIndexState.findById(1);
                    if (state == null) {
                      state = new SearchIndexState();
                      state.id = 1;
                      state.token = UUID.randomUUID().toString();
                      state.persist();
                    }
                    return state.token;
                  });
    }
    return token;
  }

  private static void deleteQueued(List<Long> ids) {
    if (!ids.isEmpty()) {
      QuarkusTransaction.requiringNew().run(() -> SearchOutbox.delete("id in ?1", ids));
    }
  }

  private Optional<Document> document(String slug) {
    return cases.find(slug).map(SearchIndex::document);
  }

  static Document document(SearchableCase c) {
    Document doc = new Document();
    doc.add(new StringField(SLUG, c.slug(), Field.Store.YES));
    doc.add(new SortedDocValuesField(SLUG, new BytesRef(c.slug())));
    doc.add(new Field(TITLE, c.title(), TEXT));
    doc.add(
        new SortedDocValuesField(TITLE_ORDER, new BytesRef(c.title().toLowerCase(Locale.ROOT))));
    SearchableCase.Facts facts = c.facts();
    doc.add(new NumericDocValuesField(ID, facts.id()));
    if (facts.regime() != null) {
      doc.add(new StringField(REGIME, facts.regime(), Field.Store.NO));
    }
    if (facts.publishedOn() != null) {
      doc.add(new StringField(YEAR, String.valueOf(facts.publishedOn().getYear()), Field.Store.NO));
      doc.add(new NumericDocValuesField(PUBLISHED, facts.publishedOn().toEpochDay()));
    }
    if (facts.createdAt() != null) {
      doc.add(new NumericDocValuesField(CREATED, facts.createdAt().toEpochMilli()));
    }
    facts.outcomes().forEach(o -> doc.add(new StringField(OUTCOME, o, Field.Store.NO)));
    facts.provisions().forEach(p -> doc.add(new StringField(PROVISION, p, Field.Store.NO)));
    c.questions().forEach(q -> doc.add(new Field(QUESTION, q, TEXT)));
    c.answers().forEach(a -> doc.add(new Field(ANSWER, a, TEXT)));
    c.captions().forEach(t -> doc.add(new Field(CAPTION, t, TEXT)));
    return doc;
  }

  private static List<Snippet> snippets(String field, Object formatted) {
    if (!(formatted instanceof List<?> passages)) {
      return List.of();
    }
    List<Snippet> out = new ArrayList<>();
    for (Object p : passages) {
      @SuppressWarnings("unchecked")
      List<Snippet.Segment> segments = (List<Snippet.Segment>) p;
      out.add(new Snippet(field, List.copyOf(segments)));
    }
    return out;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The unified highlighter, returning segment lists; passages never cross a field value. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new SegmentFormatter())
              // The words' own offsets in the postings, not a match of the whole query per
              // document and field: the query spans four weighted fields, and matching it again
              // for each of 20 documents was most of an uncached search page at a million cases.
              .withWeightMatches(false)
              .withMaxNoHighlightPassages(0)
              .withBreakIterator(
                  () ->
                      new SplittingBreakIterator(
                          BreakIterator.getSentenceInstance(Locale.UK),
                          SegmentFormatter.VALUE_SEPARATOR)));
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
  }
}
