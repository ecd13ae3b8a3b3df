package uk.foitracker.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet.Segment} lists instead of HTML strings, so
 * that escaping stays with whoever renders them.
 */
final class SegmentFormatter extends PassageFormatter {
  /** The character the highlighter puts between the values of a multi-valued field. */
  static final char VALUE_SEPARATOR = '\u0000';

  @Override
  public Object format(Passage[] passages, String content) {
    List<List<Snippet.Segment>> out = new ArrayList<>();
    for (Passage passage : passages) {
      List<Snippet.Segment> segments = new ArrayList<>();
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], pos);
        int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
        if (end <= start) {
          continue;
        }
        add(segments, content.substring(pos, start), false);
        add(segments, content.substring(start, end), true);
        pos = end;
      }
      add(segments, content.substring(pos, passage.getEndOffset()), false);
      trim(segments);
      if (!segments.isEmpty()) {
        out.add(segments);
      }
    }
    return out;
  }

  private static void add(List<Snippet.Segment> segments, String text, boolean match) {
    String clean = text.replace(VALUE_SEPARATOR, ' ');
    if (clean.isEmpty()) {
      return;
    }
    if (!segments.isEmpty() && segments.get(segments.size() - 1).match() == match) {
      Snippet.Segment last = segments.remove(segments.size() - 1);
      segments.add(new Snippet.Segment(last.text() + clean, match));
    } else {
      segments.add(new Snippet.Segment(clean, match));
    }
  }

  private static void trim(List<Snippet.Segment> segments) {
    if (segments.isEmpty()) {
      return;
    }
    Snippet.Segment first = segments.get(0);
    if (!first.match()) {
      String text = first.text().stripLeading();
      segments.set(0, new Snippet.Segment(text, false));
    }
    int lastIndex = segments.size() - 1;
    Snippet.Segment last = segments.get(lastIndex);
    if (!last.match()) {
      segments.set(lastIndex, new Snippet.Segment(last.text().stripTrailing(), false));
    }
    segments.removeIf(s -> s.text().isEmpty());
  }
}
