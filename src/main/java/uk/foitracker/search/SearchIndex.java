package uk.foitracker.search;

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
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jboss.logging.Logger;

/**
 * Full-text index of the published cases (Apache Lucene): titles, question texts, answer paragraphs
 * and table captions, with English stemming ("exploited" finds "exploitation").
 *
 * <p>The index lives in memory ({@link ByteBuffersDirectory}). The database is the only record: the
 * index is rebuilt from it at every start-up (a disclosure log of thousands of cases indexes in
 * seconds) and is kept current by {@link #index(String)}. An in-memory index needs no writable disk
 * and no clean-up, and cannot drift from the database across restarts.
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
  private static final String[] HIGHLIGHTED = {TITLE, QUESTION, ANSWER, CAPTION};
  private static final int[] PASSAGES = {1, 2, 2, 1};
  private static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 3f, QUESTION, 2f, CAPTION, 1.5f, ANSWER, 1f);
  private static final FieldType TEXT = textWithOffsets();
  private static final Logger LOG = Logger.getLogger(SearchIndex.class);

  private final TransactionSynchronizationRegistry transactions;
  private final SearchableCases cases;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  SearchIndex(TransactionSynchronizationRegistry transactions, SearchableCases cases) {
    this.transactions = transactions;
    this.cases = cases;
    try {
      this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index", e);
    }
  }

  /** Runs after the seed import (which observes start-up at the default priority). */
  void onStart(@Observes @Priority(5000) StartupEvent event) {
    LOG.infof("Search index built: %d published cases", rebuild());
  }

  /**
   * Indexes one case again from the database: adds or replaces it when it is published, removes it
   * otherwise (withdrawn, unknown slug). Inside a transaction the change waits for the commit;
   * without one it happens before this method returns.
   */
  @Transactional
  public void index(String slug) {
    Optional<Document> document = document(slug);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              apply(slug, document);
            }
          }
        });
  }

  /** Replaces the whole index with every published case; returns how many were indexed. */
  @Transactional
  public int rebuild() {
    List<Document> documents = new ArrayList<>();
    for (String slug : cases.publishedSlugs()) {
      cases.find(slug).map(SearchIndex::document).ifPresent(documents::add);
    }
    try {
      writer.deleteAll();
      writer.addDocuments(documents);
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rebuild the search index", e);
    }
    return documents.size();
  }

  /**
   * The published cases matching {@code text}, best first (at most {@code max}), each with the
   * passages where the words were found. Every word must match (stemmed, in any field); "quotes"
   * search for a phrase, a trailing * for a prefix, -word excludes. Text with no searchable word
   * matches nothing.
   */
  public List<SearchHit> search(String text, int max) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(text);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, Math.max(1, max));
        if (top.scoreDocs.length == 0) {
          return List.of();
        }
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
          docIds[i] = top.scoreDocs[i].doc;
        }
        Map<String, Object[]> passages =
            new Highlighter(searcher, analyzer).highlight(HIGHLIGHTED, query, docIds, PASSAGES);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
          ScoreDoc doc = top.scoreDocs[i];
          List<Snippet> snippets = new ArrayList<>();
          for (String field : HIGHLIGHTED) {
            snippets.addAll(snippets(field, passages.get(field)[i]));
          }
          hits.add(new SearchHit(stored.document(doc.doc).get(SLUG), doc.score, snippets));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  @PreDestroy
  void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      LOG.warn("Could not close the search index cleanly");
    }
  }

  private void apply(String slug, Optional<Document> document) {
    try {
      Term key = new Term(SLUG, slug);
      if (document.isPresent()) {
        writer.updateDocument(key, document.get());
      } else {
        writer.deleteDocuments(key);
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      // The case is published in the database whatever happens here; rebuild() repairs the index.
      LOG.errorf("Could not update the search index for %s", slug);
    }
  }

  private Optional<Document> document(String slug) {
    return cases.find(slug).map(SearchIndex::document);
  }

  private static Document document(SearchableCase c) {
    Document doc = new Document();
    doc.add(new StringField(SLUG, c.slug(), Field.Store.YES));
    doc.add(new Field(TITLE, c.title(), TEXT));
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
