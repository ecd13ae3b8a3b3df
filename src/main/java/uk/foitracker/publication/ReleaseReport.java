package uk.foitracker.publication;

import java.util.List;

/**
 * What the release check finds in a response now.
 *
 * @param open how many hits still refuse publishing
 * @param openForSending how many of them also refuse sending
 * @param hits every hit, open or marked not personal
 */
public record ReleaseReport(int open, int openForSending, List<ReleaseHit> hits) {
  static ReleaseReport of(List<ReleaseHit> hits) {
    return new ReleaseReport(
        (int) hits.stream().filter(ReleaseHit::open).count(),
        (int) hits.stream().filter(h -> h.open() && h.blocksSending()).count(),
        hits);
  }
}
