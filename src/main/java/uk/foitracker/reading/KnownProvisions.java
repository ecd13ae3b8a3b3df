package uk.foitracker.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.foitracker.rules.ProvisionCatalogue;
import uk.foitracker.rules.ProvisionKind;

/**
 * The provisions of the catalogue (migrations V2, V7, V13) by code, with their kind (an exemption's
 * absolute or qualified class read from {@link ProvisionCatalogue}), so that a citation read in a
 * letter maps to the most specific code the catalogue holds: "s.43(2)" to FOIA-43-2, "section
 * 12(1)" to FOIA-12, "section 1.1" (s.1(1)) to FOIA-1-1-a.
 */
final class KnownProvisions {
  private KnownProvisions() {}

  private static final Map<String, ProvisionKind> KINDS = new LinkedHashMap<>();

  static {
    put(ProvisionKind.DENIAL, "FOIA-1-1-a");
    put(ProvisionKind.PROCEDURE, "FOIA-1-3", "FOIA-9", "FOIA-10", "FOIA-17-1", "FOIA-17-7");
    put(ProvisionKind.COST_LIMIT, "FOIA-12");
    put(ProvisionKind.REFUSAL, "FOIA-14", "FOIA-14-1", "FOIA-14-2");
    put(ProvisionKind.ADVICE, "FOIA-16");
    // Exemptions and exceptions: absolute or qualified as rules.ProvisionCatalogue classes them
    // (FOIA s.2(3); EIR regs 12 and 13), not a second copy of that list.
    for (String code :
        List.of(
            "FOIA-21",
            "FOIA-23",
            "FOIA-23-1",
            "FOIA-23-5",
            "FOIA-32",
            "FOIA-34",
            "FOIA-40-1",
            "FOIA-40-2",
            "FOIA-40-5A",
            "FOIA-40-5B-a-i",
            "FOIA-41",
            "FOIA-41-1",
            "FOIA-41-2",
            "FOIA-44",
            "FOIA-44-1",
            "FOIA-44-2",
            "EIR-13",
            "EIR-13-1",
            "FOIA-22",
            "FOIA-22-1",
            "FOIA-22A",
            "FOIA-24",
            "FOIA-24-1",
            "FOIA-24-2",
            "FOIA-26",
            "FOIA-27",
            "FOIA-27-1",
            "FOIA-27-4",
            "FOIA-28",
            "FOIA-29",
            "FOIA-30",
            "FOIA-30-1",
            "FOIA-30-3",
            "FOIA-31",
            "FOIA-31-1-a",
            "FOIA-31-1-b",
            "FOIA-31-1-c",
            "FOIA-31-1-d",
            "FOIA-31-1-e",
            "FOIA-31-1-f",
            "FOIA-31-1-g",
            "FOIA-31-1-h",
            "FOIA-31-1-i",
            "FOIA-31-3",
            "FOIA-33",
            "FOIA-35",
            "FOIA-36",
            "FOIA-36-2-a",
            "FOIA-36-2-b-i",
            "FOIA-36-2-b-ii",
            "FOIA-36-2-c",
            "FOIA-37",
            "FOIA-38",
            "FOIA-38-1",
            "FOIA-38-2",
            "FOIA-39",
            "FOIA-42",
            "FOIA-42-1",
            "FOIA-42-2",
            "FOIA-43",
            "FOIA-43-1",
            "FOIA-43-2",
            "FOIA-43-3",
            "EIR-12-4-a",
            "EIR-12-4-b",
            "EIR-12-4-c",
            "EIR-12-4-d",
            "EIR-12-4-e",
            "EIR-12-5-a",
            "EIR-12-5-b",
            "EIR-12-5-c",
            "EIR-12-5-d",
            "EIR-12-5-e",
            "EIR-12-5-f",
            "EIR-12-5-g",
            "EIR-12-6")) {
      KINDS.put(code, ProvisionCatalogue.classify(code).exemptionKind());
    }
    put(ProvisionKind.PROCEDURE, "EIR-5", "EIR-7", "EIR-11", "EIR-12-1-b", "EIR-12-2", "EIR-14");
  }

  private static void put(ProvisionKind kind, String... codes) {
    for (String c : codes) {
      KINDS.put(c, kind);
    }
  }

  static Optional<ProvisionKind> kind(String code) {
    return Optional.ofNullable(KINDS.get(code));
  }

  /**
   * The most specific catalogue code for what was written: "FOIA" or "EIR" and the number with its
   * subsections, e.g. ("FOIA", ["43", "2"]) is FOIA-43-2; empty when the catalogue has no code for
   * it (s.50, Fees Regulations reg 4).
   */
  static Optional<String> resolve(String act, List<String> parts) {
    if (act.equals("FOIA")
        && parts.size() >= 2
        && parts.get(0).equals("1")
        && parts.get(1).equals("1")) {
      return Optional.of("FOIA-1-1-a");
    }
    for (int n = parts.size(); n >= 1; n--) {
      String code = act + "-" + String.join("-", parts.subList(0, n));
      if (KINDS.containsKey(code)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** As the Act or Regulations write it: "s.40(5B)(a)(i)", "reg 12(4)(b)". */
  static String reference(String code) {
    String[] p = code.split("-");
    StringBuilder b = new StringBuilder(p[0].equals("FOIA") ? "s." : "reg ");
    b.append(p[1]);
    for (int i = 2; i < p.length; i++) {
      b.append('(').append(p[i]).append(')');
    }
    return b.toString();
  }
}
