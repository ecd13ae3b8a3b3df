package uk.foitracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import uk.foitracker.fuzz.Budget;
import uk.foitracker.publication.LogQuery;
import uk.foitracker.web.ValidationProblem;

/**
 * Fuzz test of a disclosure-log search ({@code /?q=...}, {@code /api/cases?q=...}): the query
 * parameters checked by {@link LogQuery#parse}, then the search words parsed by Lucene, searched
 * and highlighted exactly as {@link SearchIndex#search(String, int)} does, over an in-memory index
 * of published cases. Each input may only give hits (from the index, at most the number asked, with
 * their passages) or the {@link ValidationProblem} of the query; no other exception, no input over
 * {@link Budget}. Inputs are lines: q, outcome, provision, regime, year, sort, page.
 *
 * <p>Saved inputs: {@code src/test/resources/uk/foitracker/search/SearchQueryFuzzTestInputs/}.
 */
class SearchQueryFuzzTest {
  private static final int MAX_HITS = 1000;
  private static final List<SearchableCase> CASES =
      List.of(
          new SearchableCase(
              "leicester-cse-cce-2015-2024",
              "Child sexual and criminal exploitation 2015-2024",
              List.of(
                  "How many children were identified as at risk of child sexual exploitation"
                      + " (CSE) in each year from 2015 to 2024?",
                  "What budgets were allocated to Prevention and Early Help services?"),
              List.of(
                  "The number of contacts is given in Table A. We do not hold figures before"
                      + " 2015; section 12 does not apply.",
                  "Numbers under 5 are suppressed (<5) under section 40(2)."),
              List.of("Table A: breakdown by year and age (10-14, 15-19)")),
          new SearchableCase(
              "gritting-routes-2024",
              "Gritting routes winter 2023/24",
              List.of("Which roads are gritted, and how many tonnes of salt were used?"),
              List.of("We grit 120 miles of roads: \"priority 1\" routes first."),
              List.of()),
          new SearchableCase(
              "parking-fines-2022",
              "Parking penalty charge notices issued in 2022",
              List.of("How many PCNs were issued on each street?"),
              List.of("The information is exempt under s.31 (law enforcement)."),
              List.of("PCNs by month")));
  private static final Set<String> SLUGS =
      Set.copyOf(CASES.stream().map(SearchableCase::slug).toList());

  private static Analyzer analyzer;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    analyzer = SearchDocuments.analyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (SearchableCase c : CASES) {
        writer.addDocument(SearchDocuments.document(c));
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    SearchQueryFuzzTest test = new SearchQueryFuzzTest();
    Budget.warmUp(
        () -> {
          test.search("\"child sexual\" exploit* -parking".getBytes(StandardCharsets.UTF_8));
          test.search(
              "roads\nNOT_HELD\nFOIA-12\nEIR\n2024\ntitle\n1".getBytes(StandardCharsets.UTF_8));
          test.search("\nx\ny\nz\n1\nq\n0".getBytes(StandardCharsets.UTF_8));
        });
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @FuzzTest
  @DictionaryEntries({"\"", "*", "-", "+", "|", "~2", "(", ")", "\\", "exploit", "2015"})
  void search(byte[] input) {
    String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
    LogQuery.Raw raw =
        new LogQuery.Raw(
            line(lines, 0),
            line(lines, 1) == null ? List.of() : Arrays.asList(line(lines, 1).split(",", -1)),
            line(lines, 2),
            line(lines, 3),
            line(lines, 4),
            line(lines, 5),
            line(lines, 6));
    Budget.check(
        () -> {
          LogQuery query;
          try {
            query = LogQuery.parse(raw, 2026, "FOIA-12"::equals);
          } catch (ValidationProblem declared) {
            assertThat(declared.errors()).isNotEmpty();
            declared
                .errors()
                .forEach(
                    e -> {
                      assertThat(e.field())
                          .isIn("q", "outcome", "provision", "regime", "year", "sort", "page");
                      assertThat(e.message()).isNotBlank();
                    });
            return;
          }
          assertThat(query.page()).isPositive();
          if (!query.searching()) {
            return;
          }
          assertThat(query.q().length()).isLessThanOrEqualTo(LogQuery.MAX_SEARCH_LENGTH);
          List<SearchHit> hits;
          try {
            hits = SearchQueries.search(searcher, analyzer, query.q(), MAX_HITS);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          assertThat(hits.size()).isLessThanOrEqualTo(CASES.size());
          for (SearchHit hit : hits) {
            assertThat(hit.slug()).isIn(SLUGS);
            for (Snippet snippet : hit.snippets()) {
              assertThat(snippet.text()).isNotNull();
              // Only the highlight markup is HTML; the passage's own text is escaped.
              assertThat(
                      snippet
                          .html()
                          .replace("<mark class=\"app-highlight\">", "")
                          .replace("</mark>", ""))
                  .doesNotContain("<", ">");
            }
          }
        });
  }

  private static String line(String[] lines, int index) {
    return index < lines.length ? lines[index] : null;
  }
}
