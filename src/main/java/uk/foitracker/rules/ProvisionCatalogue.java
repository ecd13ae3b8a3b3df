package uk.foitracker.rules;

import java.util.List;
import java.util.Set;
import uk.foitracker.rules.ProvisionClass.Exemption;

/**
 * Classes the provisions an authority cites, from their catalogue code ({@code FOIA-40-5B-a-i} is
 * FOIA s.40(5B)(a)(i); {@code EIR-12-5-e} is EIR reg 12(5)(e)).
 *
 * <p>FOIA s.2(3), as amended by the Data Protection Act 2018 (Sch 19 para 58): "the following
 * provisions of Part II (and no others) are to be regarded as conferring absolute exemption— (a)
 * section 21, (b) section 23, (c) section 32, (d) section 34, (e) section 36 so far as relating to
 * information held by the House of Commons or the House of Lords, (ea) in section 37, paragraphs
 * (a) to (ab) of subsection (1), and subsection (2) so far as relating to those paragraphs, (f)
 * section 40(1), (fa) section 40(2) so far as relating to cases where the first condition referred
 * to in that subsection is satisfied, (fb) section 40(5A), (fc) section 40(5B)(a)(i) or (b), (g)
 * section 41, and (h) section 44." Every other exemption of Part II (ss.21-44) is qualified:
 * s.2(1)(b) for the duty to confirm or deny, s.2(2)(b) for the duty to communicate. A local
 * authority is not a House of Parliament, so s.36 is qualified here, and s.37 as a whole is
 * qualified.
 *
 * <p>The subsections that say "the duty to confirm or deny does not arise" exclude the duty of
 * s.1(1)(a): ss.22(2), 22A(2), 23(5), 24(2), 26(3), 27(4), 28(3), 29(2), 30(3), 31(3), 32(3),
 * 33(3), 34(2), 35(3), 36(3), 37(2), 38(2), 39(2), 40(5A), 40(5B), 41(2), 42(2), 43(3), 44(2).
 *
 * <p>EIR: every exception in reg 12(4) and 12(5) is subject to the public interest test of reg
 * 12(1)(b), with the presumption in favour of disclosure of reg 12(2). Reg 12(6) lets the authority
 * neither confirm nor deny where confirming or denying would itself adversely affect an interest in
 * reg 12(5)(a), subject to the same test. Reg 13 (personal data of others) under its first
 * condition has no public interest test: absolute here, as the catalogue has always had it.
 */
public final class ProvisionCatalogue {
  private ProvisionCatalogue() {}

  /** The subsections of FOIA that exclude the duty to confirm or deny (section, subsection). */
  private static final Set<String> FOIA_NCND =
      Set.of(
          "22-2", "22A-2", "23-5", "24-2", "26-3", "27-4", "28-3", "29-2", "30-3", "31-3", "32-3",
          "33-3", "34-2", "35-3", "36-3", "37-2", "38-2", "39-2", "40-5A", "40-5B", "41-2", "42-2",
          "43-3", "44-2");

  /** FOIA s.2(3): sections absolute as a whole. */
  private static final Set<String> FOIA_ABSOLUTE_SECTIONS =
      Set.of("21", "23", "32", "34", "41", "44");

  /**
   * The class of a provision from its catalogue code.
   *
   * @throws IllegalArgumentException when the code is not FOIA-... or EIR-...
   */
  public static ProvisionClass classify(String code) {
    List<String> parts = List.of(code.strip().split("-"));
    if (parts.size() < 2) {
      throw new IllegalArgumentException("Not a provision code: " + code);
    }
    return switch (parts.get(0)) {
      case "FOIA" -> foia(code, parts.subList(1, parts.size()));
      case "EIR" -> eir(code, parts.subList(1, parts.size()));
      default -> throw new IllegalArgumentException("Not a provision code: " + code);
    };
  }

  private static ProvisionClass foia(String code, List<String> p) {
    String section = p.get(0);
    int number = Integer.parseInt(section.replaceAll("[^0-9]", ""));
    if (number < 21 || number > 44) {
      return new ProvisionClass(code, Exemption.NONE, false, null, "FOIA Part I");
    }
    String sub = p.size() > 1 ? section + "-" + p.get(1) : null;
    boolean ncnd = sub != null && FOIA_NCND.contains(sub);
    String duty = ncnd ? "s.1(1)(a)" : null;
    if (FOIA_ABSOLUTE_SECTIONS.contains(section)) {
      return new ProvisionClass(
          code, Exemption.ABSOLUTE, ncnd, duty, "FOIA s.2(3)" + para(section));
    }
    if (section.equals("40")) {
      String rest = String.join("-", p.subList(1, p.size()));
      String basis =
          switch (rest) {
            case "1" -> "FOIA s.2(3)(f)";
            case "2" -> "FOIA s.2(3)(fa)";
            case "5A" -> "FOIA s.2(3)(fb)";
            case "5B-a-i", "5B-b" -> "FOIA s.2(3)(fc)";
            default -> null;
          };
      if (basis != null) {
        return new ProvisionClass(code, Exemption.ABSOLUTE, ncnd, duty, basis);
      }
    }
    return new ProvisionClass(
        code, Exemption.QUALIFIED, ncnd, duty, ncnd ? "FOIA s.2(1)(b)" : "FOIA s.2(2)(b)");
  }

  private static String para(String section) {
    return switch (section) {
      case "21" -> "(a)";
      case "23" -> "(b)";
      case "32" -> "(c)";
      case "34" -> "(d)";
      case "41" -> "(g)";
      case "44" -> "(h)";
      default -> "";
    };
  }

  private static ProvisionClass eir(String code, List<String> p) {
    String reg = p.get(0);
    String sub = p.size() > 1 ? p.get(1) : null;
    if (reg.equals("13")) {
      return new ProvisionClass(
          code, Exemption.ABSOLUTE, false, null, "EIR reg 13(2A)(a), first condition");
    }
    if (reg.equals("12") && ("4".equals(sub) || "5".equals(sub)) && p.size() > 2) {
      return new ProvisionClass(code, Exemption.QUALIFIED, false, null, "EIR reg 12(1)(b)");
    }
    if (reg.equals("12") && "6".equals(sub)) {
      return new ProvisionClass(code, Exemption.QUALIFIED, true, "reg 5(1)", "EIR reg 12(6)");
    }
    return new ProvisionClass(code, Exemption.NONE, false, null, "EIR");
  }
}
