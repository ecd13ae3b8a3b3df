package uk.foitracker.search;

import static uk.foitracker.search.SearchDocuments.ANSWER;
import static uk.foitracker.search.SearchDocuments.CAPTION;
import static uk.foitracker.search.SearchDocuments.CREATED;
import static uk.foitracker.search.SearchDocuments.ID;
import static uk.foitracker.search.SearchDocuments.OUTCOME;
import static uk.foitracker.search.SearchDocuments.PROVISION;
import static uk.foitracker.search.SearchDocuments.PUBLISHED;
import static uk.foitracker.search.SearchDocuments.QUESTION;
import static uk.foitracker.search.SearchDocuments.REGIME;
import static uk.foitracker.search.SearchDocuments.SLUG;
import static uk.foitracker.search.SearchDocuments.TITLE;
import static uk.foitracker.search.SearchDocuments.TITLE_ORDER;
import static uk.foitracker.search.SearchDocuments.YEAR;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The query side of the search over an index of {@link SearchDocuments}: parsing the text,
 * filtering, ordering and counting, reading the slugs of a page from doc values, and the passages
 * where the words were found. Read with any {@link IndexSearcher}, so tests run it over an index in
 * memory.
 */
final class SearchQueries {
  private static final String[] HIGHLIGHTED = {TITLE, QUESTION, ANSWER, CAPTION};
  private static final int[] PASSAGES = {1, 2, 2, 1};
  private static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 3f, QUESTION, 2f, CAPTION, 1.5f, ANSWER, 1f);

  private SearchQueries() {}

  /**
   * {@link SearchIndex#search(String, int)} over an index of {@link SearchDocuments#document}s read
   * with {@code searcher}.
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

  /** {@link SearchIndex#find} over an index read with {@code searcher}. */
  static SearchIndex.Found find(
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
    if (filter.authority() != null) {
      query.add(
          new TermQuery(new Term(SearchDocuments.AUTHORITY, filter.authority())),
          BooleanClause.Occur.FILTER);
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
    return new SearchIndex.Found(top.totalHits.value, slugs(searcher, page));
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
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i]));
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
    return Arrays.stream(slugs).filter(Objects::nonNull).toList();
  }

  /** {@link SearchIndex#passages} over an index read with {@code searcher}. */
  static Map<String, List<Snippet>> passages(
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
