package uk.foitracker.request;

import java.util.List;

/** The authority's references of a request, as stored. */
public final class References {
  private References() {}

  /**
   * The references, the leading one first; a request whose reference was recorded before they were
   * kept apart (only {@link FoiRequest#authorityReference}) has that one.
   */
  public static List<String> of(FoiRequest r) {
    List<String> refs = AuthorityReference.forRequest(r).stream().map(a -> a.text).toList();
    if (refs.isEmpty() && r.authorityReference != null && !r.authorityReference.isBlank()) {
      return List.of(r.authorityReference);
    }
    return refs;
  }
}
