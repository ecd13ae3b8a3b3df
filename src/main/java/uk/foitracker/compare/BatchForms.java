package uk.foitracker.compare;

import java.util.List;
import uk.foitracker.compare.Batches.BatchView;
import uk.foitracker.compare.Batches.Suggestion;
import uk.foitracker.compare.ComparisonView.Grid;
import uk.foitracker.web.FormErrors;

/** What the officer's batch screens show, with what was typed and its errors. */
public final class BatchForms {
  private BatchForms() {}

  /** The list of batches and the form to create one. */
  public record Index(List<BatchView> batches, String title, String wording, FormErrors errors) {}

  /**
   * One batch: its cases, the form to add one, suggestions, and a banner after a change.
   *
   * @param done what was just done ("added", "removed", "mapped", "unmapped"), or null
   */
  public record Detail(
      BatchView batch,
      List<Suggestion> suggestions,
      String member,
      String done,
      FormErrors errors) {}

  /** The label screen: the aligned tables' labels, the mappings set, and the form. */
  public record Labels(
      BatchView batch,
      List<Grid> tables,
      String axis,
      String from,
      String to,
      String done,
      FormErrors errors) {}
}
