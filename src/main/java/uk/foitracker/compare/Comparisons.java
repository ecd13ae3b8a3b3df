package uk.foitracker.compare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import uk.foitracker.request.RequestState;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.web.StatuteLabels;

/**
 * A batch compared from its published cases: each case is read as the public reads it (its latest
 * published version), named by its authority, and its tables aligned ({@link Alignment}) with the
 * batch's label mappings. A case not published is left out and only counted.
 */
@ApplicationScoped
public class Comparisons {
  private final CaseVersions versions;

  Comparisons(CaseVersions versions) {
    this.versions = versions;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ComparisonView compare(String batchSlug) {
    Batch b = Batches.batch(batchSlug);
    List<AuthorityCase> authorities = new ArrayList<>();
    List<CaseView> cases = new ArrayList<>();
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
      String name = distinct(m.request.authority.name, authorities);
      authorities.add(
          new AuthorityCase(name, c.get().slug(), c.get().title(), c.get().authorityReference()));
      cases.add(c.get());
    }
    LabelMap map = LabelMap.of(LabelMapping.of(b).stream().map(LabelMapping::entry).toList());
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      sources.addAll(sources(authorities.get(i).authority(), cases.get(i)));
    }
    List<Grid> grids = new ArrayList<>();
    for (AlignedTable t : Alignment.align(sources, map)) {
      grids.add(grid(t));
    }
    return new ComparisonView(
        b.slug,
        b.title,
        b.wording,
        authorities,
        questions(authorities, cases),
        grounds(authorities, cases),
        grids,
        notPublished);
  }

  /** Two cases of one authority in a batch are told apart by their case. */
  private static String distinct(String name, List<AuthorityCase> so) {
    String n = name;
    for (int i = 2; so.stream().anyMatch(a -> a.authority().equals(n)); i++) {
      String next = name + " (" + i + ")";
      if (so.stream().noneMatch(a -> a.authority().equals(next))) {
        return next;
      }
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

  private static Grid grid(AlignedTable t) {
    List<Head> columns = t.columns().stream().map(Comparisons::head).toList();
    String chartLabel = null;
    String chartKey = totalOrLast(t.columns());
    for (Label l : t.columns()) {
      if (l.key().equals(chartKey)) {
        chartLabel = l.label();
      }
    }
    List<GridRow> rows = new ArrayList<>();
    for (Label r : t.rows()) {
      List<GridCell> cells = new ArrayList<>();
      for (Label c : t.columns()) {
        for (String a : t.authorities()) {
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
            .map(s -> new SourceTable(s.authority(), s.caseSlug(), s.table(), s.caption()))
            .toList();
    return new Grid(
        t.number(),
        t.title() == null ? "Table (no caption)" : t.title(),
        t.authorities(),
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

  private static List<QuestionRow> questions(
      List<AuthorityCase> authorities, List<CaseView> cases) {
    int most = cases.stream().mapToInt(c -> c.questions().size()).max().orElse(0);
    List<QuestionRow> out = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      List<QuestionCell> cells = new ArrayList<>();
      for (int a = 0; a < cases.size(); a++) {
        List<QuestionView> qs = cases.get(a).questions();
        if (i >= qs.size()) {
          cells.add(new QuestionCell(authorities.get(a).authority(), null, null, null, List.of()));
          continue;
        }
        QuestionView q = qs.get(i);
        List<String> grounds = new ArrayList<>();
        for (CaseView.CitationView p :
            q.provisions() == null ? List.<CaseView.CitationView>of() : q.provisions()) {
          if (!grounds.contains(p.reference())) {
            grounds.add(p.reference());
          }
        }
        cells.add(
            new QuestionCell(
                authorities.get(a).authority(),
                q.text(),
                q.outcome() == null ? null : q.outcome().name(),
                q.outcomeLabel() == null ? "Not stated" : q.outcomeLabel(),
                grounds));
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
