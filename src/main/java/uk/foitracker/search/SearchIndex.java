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
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
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
 *
 * <p>This bean owns the writer, the searchers and the outbox; the documents are built by {@link
 * SearchDocuments} and the searches run by {@link SearchQueries}.
 */
@ApplicationScoped
public class SearchIndex {
  /** Keys of the index's commit data: the database it was built from, the document format. */
  static final String TOKEN = "database-token";

  /** Its value is {@link SearchDocuments#FORMAT}: another format is rebuilt at start-up. */
  static final String FORMAT_KEY = "format";

  private static final Logger LOG = Logger.getLogger(SearchIndex.class);

  private final TransactionSynchronizationRegistry transactions;
  private final SearchableCases cases;
  private final SearchConfig config;
  private final Analyzer analyzer = SearchDocuments.analyzer();
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
        || !SearchDocuments.FORMAT.equals(committed(FORMAT_KEY))) {
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
                .call(() -> cases.findAll(batch).stream().map(SearchDocuments::document).toList());
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
    return withSearcher(searcher -> SearchQueries.search(searcher, analyzer, text, max));
  }

  /**
   * One page of the published cases matching {@code text} and {@code filter}, in {@code order}: how
   * many match in all (exact), and the slugs of those from {@code offset}, at most {@code limit}.
   * Filtering, ordering and counting happen in the index, so the database reads only the page.
   */
  public Found find(String text, SearchFilter filter, SearchOrder order, int offset, int limit) {
    return withSearcher(
        searcher -> SearchQueries.find(searcher, analyzer, text, filter, order, offset, limit));
  }

  /** A page of search results: the number of matches in all and the slugs of the page, in order. */
  public record Found(long total, List<String> slugs) {}

  /**
   * The passages where the words of {@code text} were found in each of {@code slugs} (the cases a
   * page shows), by slug; a case that no longer matches has none.
   */
  public Map<String, List<Snippet>> passages(String text, Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    return withSearcher(searcher -> SearchQueries.passages(searcher, analyzer, text, slugs));
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
      } catch (RejectedExecutionException e) {
        drainPending.set(false); // shutting down: start-up drains it
      }
    }
  }

  /** Applies documents (empty: remove the case) and commits; false when the index failed. */
  private boolean apply(Map<String, Optional<Document>> documents) {
    try {
      for (Map.Entry<String, Optional<Document>> e : documents.entrySet()) {
        Term key = new Term(SearchDocuments.SLUG, e.getKey());
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
    writer.setLiveCommitData(
        Map.of(TOKEN, database, FORMAT_KEY, SearchDocuments.FORMAT).entrySet());
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
    return cases.find(slug).map(SearchDocuments::document);
  }
}
