package uk.foitracker.compare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.foitracker.answer.TableView;
import uk.foitracker.answer.TableView.CellView;
import uk.foitracker.answer.TableView.ColumnView;
import uk.foitracker.answer.TableView.RowView;
import uk.foitracker.compare.Alignment.AlignedCell;
import uk.foitracker.compare.Alignment.AlignedTable;
import uk.foitracker.compare.Alignment.Label;
import uk.foitracker.compare.Alignment.Source;
import uk.foitracker.compare.ComparisonView.AuthorityCase;
import uk.foitracker.compare.ComparisonView.Grid;
import uk.foitracker.compare.ComparisonView.GridCell;
import uk.foitracker.compare.ComparisonView.GridRow;
import uk.foitracker.compare.ComparisonView.Ground;
import uk.foitracker.compare.ComparisonView.Head;
import uk.foitracker.compare.ComparisonView.QuestionCell;
import uk.foitracker.compare.ComparisonView.QuestionRow;
import uk.foitracker.compare.ComparisonView.SourceTable;
import uk.foitracker.publication.CaseVersions;
import uk.foitracker.publication.CaseView;
import uk.foitracker.publication.CaseView.QuestionView;
import uk.foitracker.publication.PublicationCache;
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Pagination;
import uk.foitracker.web.StatuteLabels;

/**
 * A batch compared from its published cases: each case is read as the public reads it (its latest
 * published version), named by its authority, and its tables aligned ({@link Alignment}) with the
 * batch's label mappings. A case not published is left out and only counted.
 *
 * <p>The whole comparison is made once and kept ({@link PublicationCache}) while the batch is at
 * the same revision and no published case has changed; one reader makes it while the others of the
 * same batch wait, so that many readers arriving at once do not each align hundreds of tables. A
 * page shows {@link #PAGE_SIZE} authorities (a batch sent to every police force or council has
 * hundreds); the grounds are counted over the whole batch and the CSV has every cell.
 */
@ApplicationScoped
public class Comparisons {
  /** Authorities on one page of a comparison. */
  static final int PAGE_SIZE = 20;

  private final CaseVersions versions;
  private final PublicationCache cache;
  private final ConcurrentHashMap<String, Object> making = new ConcurrentHashMap<>();

  Comparisons(CaseVersions versions, PublicationCache cache) {
    this.versions = versions;
    this.cache = cache;
  }

  /**
   * A batch compared whole: its authorities' cases, each authority's questions (in the order of
   * {@code authorities}), the grounds counted, and the aligned tables.
   */
  record Compared(
      String slug,
      String title,
      String wording,
      List<AuthorityCase> authorities,
      List<List<QuestionCell>> questions,
      List<Ground> grounds,
      List<AlignedTable> tables,
      int notPublished)
      implements PublicationCache.Weighed {
    int pages() {
      return Math.max(1, (authorities.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** About the characters it takes: its cells, questions and names. */
    @Override
    public int weight() {
      long w = 1024L + authorities.size() * 200L;
      for (AlignedTable t : tables) {
        w += t.cells().size() * 64L;
      }
      for (List<QuestionCell> q : questions) {
        for (QuestionCell c : q) {
          w += 64L + (c.text() == null ? 0 : c.text().length());
        }
      }
      return (int) Math.min(Integer.MAX_VALUE, w);
    }
  }

  /**
   * One page of a batch's comparison: authorities {@code (page - 1) * PAGE_SIZE + 1} onwards, their
   * questions and aligned tables (a table none of them has is left out), and the grounds counted
   * over the whole batch. A page past the last is not found.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ComparisonView compare(String batchSlug, int page) {
    return page(compared(batchSlug), page);
  }

  static ComparisonView page(Compared c, int page) {
    if (page < 1 || page > c.pages()) {
      throw new NotFoundProblem(
          "The comparison of "
              + c.slug()
              + " has no page "
              + page
              + " (pages 1 to "
              + c.pages()
              + ")");
    }
    int from = (page - 1) * PAGE_SIZE;
    int to = Math.min(c.authorities().size(), from + PAGE_SIZE);
    List<AuthorityCase> shown = c.authorities().subList(from, to);
    Set<String> names = new HashSet<>();
    shown.forEach(a -> names.add(a.authority()));
    List<Grid> grids = new ArrayList<>();
    for (AlignedTable t : c.tables()) {
      List<String> here = t.authorities().stream().filter(names::contains).toList();
      if (!here.isEmpty()) {
        grids.add(grid(t, here, true));
      }
    }
    return new ComparisonView(
        c.slug(),
        c.title(),
        c.wording(),
        shown,
        questions(shown, c.questions().subList(from, to)),
        c.grounds(),
        grids,
        c.notPublished(),
        page,
        c.pages(),
        c.authorities().size(),
        shown.isEmpty() ? 0 : from + 1,
        to,
        Pagination.of(page, c.pages(), p -> "/compare/" + c.slug() + (p == 1 ? "" : "?page=" + p)));
  }

  /** Every aligned table with all its authorities' cells, made one table at a time (the CSV). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Stream<Grid> allTables(String batchSlug) {
    return allTables(compared(batchSlug));
  }

  static Stream<Grid> allTables(Compared c) {
    return c.tables().stream().map(t -> grid(t, t.authorities(), false));
  }

  /** The aligned tables' labels and sources, without cells: for correcting the label mapping. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Grid> labels(String batchSlug) {
    Compared c = compared(batchSlug);
    List<Grid> out = new ArrayList<>();
    for (AlignedTable t : c.tables()) {
      Grid g = grid(t, List.of(), false);
      out.add(new Grid(g.number(), g.title(), t.authorities(), g.sources(), g.columns(), g.rows()));
    }
    return out;
  }

  /**
   * A page of the comparison as {@code render} writes it, kept like the comparison itself: for
   * readers who are not signed in, who all get the same page.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String rendered(String batchSlug, int page, Function<ComparisonView, String> render) {
    Batch b = Batches.batch(batchSlug);
    return cache.get(
        "compare page " + b.slug + " " + b.revision + " " + page,
        () -> render.apply(page(compared(b), page)));
  }

  /** The batch compared whole, kept until it or a published case changes. */
  Compared compared(String batchSlug) {
    return compared(Batches.batch(batchSlug));
  }

  /**
   * Kept or made: when none is kept, one reader makes it while the others of the same batch wait
   * for it; when the one kept is due to be remade, one reader remakes it while the others are given
   * the one kept ({@link PublicationCache#get}).
   */
  private Compared compared(Batch b) {
    String key = "compare " + b.slug + " " + b.revision;
    if (cache.peek(key) != null) {
      return cache.get(key, () -> make(b));
    }
    synchronized (making.computeIfAbsent(b.slug, k -> new Object())) {
      return cache.get(key, () -> make(b));
    }
  }

  private Compared make(Batch b) {
    List<AuthorityCase> authorities = new ArrayList<>();
    List<CaseView> cases = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int notPublished = 0;
    for (BatchMember m : BatchMember.of(b)) {
      Optional<CaseView> c =
          m.request.state == RequestState.PUBLISHED && m.request.slug != null
              ? versions.find(m.request.slug)
              : Optional.empty();
      if (c.isEmpty()) {
        notPublished++;
        continue;
      }
      String name = distinct(m.request.authority.name, names);
      names.add(name);
      authorities.add(
          new AuthorityCase(name, c.get().slug(), c.get().title(), c.get().authorityReference()));
      cases.add(c.get());
    }
    LabelMap map = LabelMap.of(LabelMapping.of(b).stream().map(LabelMapping::entry).toList());
    List<Source> sources = new ArrayList<>();
    List<List<QuestionCell>> questions = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      sources.addAll(sources(authorities.get(i).authority(), cases.get(i)));
      questions.add(questionsOf(authorities.get(i).authority(), cases.get(i)));
    }
    return new Compared(
        b.slug,
        b.title,
        b.wording,
        List.copyOf(authorities),
        questions,
        grounds(authorities, cases),
        Alignment.align(sources, map),
        notPublished);
  }

  /** Two cases of one authority in a batch are told apart by their case. */
  private static String distinct(String name, Set<String> taken) {
    String n = name;
    for (int i = 2; taken.contains(n); i++) {
      n = name + " (" + i + ")";
    }
    return n;
  }

  /** A case's tables, each once (an answer may cover several questions), as alignment sources. */
  static List<Source> sources(String authority, CaseView c) {
    List<Source> out = new ArrayList<>();
    for (TableView t : c.allTables()) {
      List<String> columns = new ArrayList<>();
      for (ColumnView col : t.columns()) {
        columns.add(
            col.group() == null || col.group().isBlank()
                ? col.label()
                : col.group() + " " + col.label());
      }
      List<Alignment.Row> rows = new ArrayList<>();
      for (RowView r : t.rows()) {
        List<Alignment.Cell> cells = new ArrayList<>();
        for (CellView cell : r.cells()) {
          cells.add(new Alignment.Cell(cell.state().name(), cell.value(), cell.text()));
        }
        rows.add(new Alignment.Row(r.header(), cells));
      }
      out.add(new Source(authority, c.slug(), t.number(), t.caption(), columns, rows));
    }
    return out;
  }

  /**
   * An aligned table for the authorities named (in the table's order), with a chart of each row
   * when {@code charts}; with none named, its labels and sources only.
   */
  private static Grid grid(AlignedTable t, List<String> authorities, boolean charts) {
    List<Head> columns = t.columns().stream().map(Comparisons::head).toList();
    String chartLabel = null;
    String chartKey = charts && !authorities.isEmpty() ? totalOrLast(t.columns()) : null;
    for (Label l : t.columns()) {
      if (l.key().equals(chartKey)) {
        chartLabel = l.label();
      }
    }
    List<GridRow> rows = new ArrayList<>();
    for (Label r : t.rows()) {
      List<GridCell> cells = new ArrayList<>();
      for (Label c : t.columns()) {
        for (String a : authorities) {
          cells.add(cell(t.cell(r.key(), c.key(), a), c));
        }
      }
      GridRow row = new GridRow(head(r), cells, null);
      rows.add(
          new GridRow(
              row.head(),
              cells,
              chartKey == null
                  ? null
                  : RowCharts.of(
                      "chart-" + t.number() + "-" + (rows.size() + 1), row, chartKey, chartLabel)));
    }
    List<SourceTable> sources =
        t.sources().stream()
            .filter(s -> authorities.isEmpty() || authorities.contains(s.authority()))
            .map(s -> new SourceTable(s.authority(), s.caseSlug(), s.table(), s.caption()))
            .toList();
    return new Grid(
        t.number(),
        t.title() == null ? "Table (no caption)" : t.title(),
        authorities,
        sources,
        columns,
        rows);
  }

  /** The column a row's chart shows: the last whose label has "total", else the last column. */
  private static String totalOrLast(List<Label> columns) {
    String out = null;
    for (Label l : columns) {
      if (l.key().contains("total")) {
        out = l.key();
      }
    }
    return out != null ? out : columns.isEmpty() ? null : columns.get(columns.size() - 1).key();
  }

  private static Head head(Label l) {
    return new Head(l.key(), l.label(), l.asWritten());
  }

  private static GridCell cell(AlignedCell c, Label column) {
    String label =
        c.absent() ? "Not in this response" : StatuteLabels.label(CellState.valueOf(c.state()));
    Alignment.Trace s = c.source();
    return new GridCell(
        c.authority(),
        column.label(),
        column.key(),
        c.state(),
        label,
        c.value(),
        c.text(),
        s == null ? null : s.caseSlug(),
        s == null ? null : s.table(),
        s == null ? null : s.row(),
        s == null ? null : s.column(),
        s == null ? null : s.rowLabel(),
        s == null ? null : s.columnLabel());
  }

  /** One authority's questions with its outcome and grounds. */
  private static List<QuestionCell> questionsOf(String authority, CaseView c) {
    List<QuestionCell> out = new ArrayList<>();
    for (QuestionView q : c.questions()) {
      List<String> grounds = new ArrayList<>();
      for (CaseView.CitationView p :
          q.provisions() == null ? List.<CaseView.CitationView>of() : q.provisions()) {
        if (!grounds.contains(p.reference())) {
          grounds.add(p.reference());
        }
      }
      out.add(
          new QuestionCell(
              authority,
              q.text(),
              q.outcome() == null ? null : q.outcome().name(),
              q.outcomeLabel() == null ? "Not stated" : q.outcomeLabel(),
              grounds));
    }
    return out;
  }

  /** Question by question, each authority's cell (an empty one where it has fewer questions). */
  private static List<QuestionRow> questions(
      List<AuthorityCase> authorities, List<List<QuestionCell>> byAuthority) {
    int most = byAuthority.stream().mapToInt(List::size).max().orElse(0);
    List<QuestionRow> out = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      List<QuestionCell> cells = new ArrayList<>();
      for (int a = 0; a < byAuthority.size(); a++) {
        List<QuestionCell> qs = byAuthority.get(a);
        cells.add(
            i < qs.size()
                ? qs.get(i)
                : new QuestionCell(authorities.get(a).authority(), null, null, null, List.of()));
      }
      out.add(new QuestionRow(i + 1, cells));
    }
    return out;
  }

  private static List<Ground> grounds(List<AuthorityCase> authorities, List<CaseView> cases) {
    List<GroundTally.Cited> cited = new ArrayList<>();
    for (int a = 0; a < cases.size(); a++) {
      String name = authorities.get(a).authority();
      CaseView c = cases.get(a);
      if (c.citations() != null) {
        for (CaseView.CitedView v : c.citations()) {
          cited.add(citedOf(name, v.reference(), v.role()));
        }
      } else {
        for (QuestionView q : c.questions()) {
          for (CaseView.CitationView p :
              q.provisions() == null ? List.<CaseView.CitationView>of() : q.provisions()) {
            cited.add(citedOf(name, p.reference(), p.role()));
          }
        }
      }
    }
    return GroundTally.count(cited).stream()
        .map(g -> new Ground(g.reference(), g.role(), g.refuses(), g.count(), g.authorities()))
        .toList();
  }

  private static GroundTally.Cited citedOf(String authority, String reference, CitationRole role) {
    return new GroundTally.Cited(
        authority,
        reference,
        role == null ? "Not stated" : StatuteLabels.label(role),
        role != null && role.refuses());
  }
}
