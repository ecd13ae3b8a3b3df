package uk.foitracker.compose;

import java.util.List;

/** The refusal notice assembled from the citations, and what it lacks. */
public record NoticeView(
    boolean required,
    List<GroundView> grounds,
    String reviewProcedure,
    String complaintRights,
    List<MissingView> missing) {
  public boolean complete() {
    return missing.isEmpty();
  }
}
