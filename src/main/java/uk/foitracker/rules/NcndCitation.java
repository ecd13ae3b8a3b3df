package uk.foitracker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A neither-confirm-nor-deny answer relies on a provision that removes the duty to confirm or deny
 * (FOIA s.1(1)(a), excluded by e.g. s.23(5), s.31(3), s.40(5B), s.43(3); EIR reg 12(6)). Citing
 * only the exemption from disclosure (s.43(2)) does not say why the authority will not even confirm
 * whether it holds the information.
 */
public final class NcndCitation {
  private NcndCitation() {}

  /**
   * The questions answered "neither confirm nor deny" without any NCND provision cited for them.
   *
   * @param outcomes each question's outcome by number (null: none yet)
   * @param cited the catalogue codes cited for each question by number
   */
  public static List<Integer> uncited(
      Map<Integer, Outcome> outcomes, Map<Integer, List<String>> cited) {
    List<Integer> missing = new ArrayList<>();
    for (Map.Entry<Integer, Outcome> e : new TreeMap<>(outcomes).entrySet()) {
      if (e.getValue() != Outcome.NEITHER_CONFIRM_NOR_DENY) {
        continue;
      }
      boolean ncnd =
          cited.getOrDefault(e.getKey(), List.of()).stream()
              .anyMatch(NcndCitation::excludesTheDutyToConfirmOrDeny);
      if (!ncnd) {
        missing.add(e.getKey());
      }
    }
    return missing;
  }

  private static boolean excludesTheDutyToConfirmOrDeny(String code) {
    try {
      return ProvisionCatalogue.classify(code).ncnd();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
