package uk.foitracker.rules.checks;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ProvisionCatalogue;
import uk.foitracker.rules.ProvisionClass;
import uk.foitracker.rules.ProvisionKind;

/**
 * Which citations need a public interest test: FOIA s.2(1)(b), s.2(2)(b) for a qualified exemption,
 * none for an absolute one (s.2(3)); EIR reg 12(1)(b) for every exception of reg 12(4) and 12(5)
 * but reg 12(4)(a) (not held: nothing to weigh); none for reg 13 under its first condition.
 */
final class PublicInterestTests {
  private PublicInterestTests() {}

  /** EIR reg 12(4)(a): not held, an exception with nothing to weigh. */
  static final String EIR_NOT_HELD = "EIR-12-4-a";

  /** EIR reg 12(2): "a public authority shall apply a presumption in favour of disclosure". */
  static final Pattern PRESUMPTION =
      Pattern.compile(
          "presum|reg(ulation|\\.)?\\s*12\\s*\\(2\\)|in\\s+favour\\s+of\\s+disclos",
          Pattern.CASE_INSENSITIVE);

  /** The catalogue's class of a code, when it is one the catalogue knows. */
  static Optional<ProvisionClass> classOf(String code) {
    try {
      ProvisionClass c = ProvisionCatalogue.classify(code);
      return c.exemption() == ProvisionClass.Exemption.NONE ? Optional.empty() : Optional.of(c);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** An absolute exemption (FOIA s.2(3)) or EIR reg 13: no public interest test applies. */
  static boolean absolute(CitationFacts c) {
    return classOf(c.code())
        .map(ProvisionClass::absolute)
        .orElse(c.type() == ProvisionKind.ABSOLUTE);
  }

  /** A qualified exemption or EIR exception relied on, whose public interest must be weighed. */
  static boolean needsTest(CitationFacts c) {
    if (c.code().equals(EIR_NOT_HELD) || absolute(c)) {
      return false;
    }
    boolean qualified =
        c.type() == ProvisionKind.QUALIFIED
            || classOf(c.code())
                .map(k -> k.exemption() == ProvisionClass.Exemption.QUALIFIED)
                .orElse(false);
    return qualified && c.role() != CitationRole.DENIAL;
  }

  /** An EIR exception of reg 12(4) or 12(5) (or 12(6)) other than reg 12(4)(a). */
  static boolean eirException(CitationFacts c) {
    return c.code().startsWith("EIR-12-") && !c.code().equals(EIR_NOT_HELD) && needsTest(c);
  }
}
