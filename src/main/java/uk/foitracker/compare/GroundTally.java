package uk.foitracker.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provisions cited across a batch, each with how many authorities cited it and which: a ground
 * one authority uses and the others do not is what an auditor looks for. An authority citing a
 * provision for several questions counts once. Most cited first, then in the order first seen.
 */
final class GroundTally {
  private GroundTally() {}

  /** One provision an authority cited: its reference (e.g. "s.12(1)") and how (role label). */
  record Cited(String authority, String reference, String role, boolean refuses) {}

  record Count(String reference, String role, boolean refuses, List<String> authorities) {
    int count() {
      return authorities.size();
    }
  }

  static List<Count> count(List<Cited> cited) {
    Map<String, Set<String>> by = new LinkedHashMap<>();
    Map<String, Cited> first = new LinkedHashMap<>();
    for (Cited c : cited) {
      String key = c.reference() + '\u0000' + c.role();
      by.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.authority());
      first.putIfAbsent(key, c);
    }
    List<Count> out = new ArrayList<>();
    by.forEach(
        (k, authorities) -> {
          Cited c = first.get(k);
          out.add(new Count(c.reference(), c.role(), c.refuses(), List.copyOf(authorities)));
        });
    out.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return out;
  }
}
