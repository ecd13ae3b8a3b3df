package uk.foitracker.compose;

import java.util.Map;

/**
 * The success banners of the compose pages. A form posts, the page redirects (303) to its section
 * with {@code ?done=KEY}, and the section shows the fixed message of that key: nothing typed is
 * echoed from the address, an unknown key shows no banner, and a refresh repeats only the GET.
 */
public final class ComposeBanners {
  private static final Map<String, String> MESSAGES =
      Map.ofEntries(
          Map.entry("outcome", "The outcome is saved"),
          Map.entry("answer", "The answer is saved"),
          Map.entry("table", "The table is added"),
          Map.entry("table-removed", "The table is removed"),
          Map.entry("note", "The note under the table is saved"),
          Map.entry("cited", "The provision is cited"),
          Map.entry("uncited", "The citation is removed"),
          Map.entry("cost", "The cost assessment is saved"),
          Map.entry("notice", "The notice is saved"),
          Map.entry("licence", "The licence and attribution are saved"),
          Map.entry("withheld", "The response is withheld from the disclosure log"),
          Map.entry("not-personal", "The hit is marked not personal data"),
          Map.entry("review", "The request for an internal review is recorded"),
          Map.entry("decision", "The outcome of the internal review is recorded"),
          Map.entry("attachment", "The attachment is saved"));

  private ComposeBanners() {}

  /** The message of a key, or null (no banner) for none or an unknown one. */
  public static String message(String key) {
    return key == null ? null : MESSAGES.get(key);
  }
}
