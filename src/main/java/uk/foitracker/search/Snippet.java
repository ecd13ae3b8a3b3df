package uk.foitracker.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A passage of a published case that matches a search, as segments: plain text and matched words.
 * Pages render the segments through the template engine (which escapes them) and wrap matches in
 * {@code <mark class="app-highlight">}; nothing typed by a user is ever written out unescaped.
 *
 * @param source where the passage comes from: title, question, answer or caption
 */
public record Snippet(String source, List<Segment> segments) {

  /** A run of text; {@code match} when it is a word the search matched. */
  public record Segment(String text, boolean match) {}

  /** What the source is called on a page: "Question", "Answer", "Table caption", "Title". */
  @JsonProperty
  public String sourceLabel() {
    return switch (source) {
      case SearchDocuments.QUESTION -> "Question";
      case SearchDocuments.ANSWER -> "Answer";
      case SearchDocuments.CAPTION -> "Table caption";
      default -> "Title";
    };
  }

  /** The passage as plain text. */
  @JsonProperty
  public String text() {
    StringBuilder out = new StringBuilder();
    segments.forEach(s -> out.append(s.text()));
    return out.toString();
  }

  /** The passage as HTML: text escaped, matches in {@code <mark class="app-highlight">}. */
  @JsonProperty
  public String html() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      if (s.match()) {
        out.append("<mark class=\"app-highlight\">").append(escape(s.text())).append("</mark>");
      } else {
        out.append(escape(s.text()));
      }
    }
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
