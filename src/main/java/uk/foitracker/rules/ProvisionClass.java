package uk.foitracker.rules;

/**
 * How the law classes one provision of the catalogue: an absolute or qualified exemption (FOIA s.2,
 * EIR reg 12(1)(b)) or no exemption at all, and whether it excludes the duty to confirm or deny
 * (neither confirm nor deny, "NCND").
 *
 * @param code the catalogue code, e.g. {@code FOIA-43-2}
 * @param exemption absolute, qualified or not an exemption
 * @param ncnd true when the provision removes the duty to confirm or deny
 * @param excludedDuty for an NCND provision, the duty it excludes ({@code s.1(1)(a)} under FOIA);
 *     null otherwise
 * @param basis the provision of the statute that makes it so, e.g. {@code FOIA s.2(3)(fa)}
 */
public record ProvisionClass(
    String code, Exemption exemption, boolean ncnd, String excludedDuty, String basis) {

  /** Whether, and how, a provision exempts information. */
  public enum Exemption {
    /** No public interest test: FOIA s.2(3); EIR reg 13 first condition. */
    ABSOLUTE,
    /** Subject to the public interest test: FOIA s.2(1)(b)/(2)(b); EIR reg 12(1)(b). */
    QUALIFIED,
    /** Not an exemption: a denial, procedure, cost limit, vexatious request or advice. */
    NONE
  }

  public boolean absolute() {
    return exemption == Exemption.ABSOLUTE;
  }

  /** A public interest test is required (s.17(3)) and allowed only for a qualified exemption. */
  public boolean publicInterestTest() {
    return exemption == Exemption.QUALIFIED;
  }

  /** The catalogue kind that agrees with this class for an exemption; null for no exemption. */
  public ProvisionKind exemptionKind() {
    return switch (exemption) {
      case ABSOLUTE -> ProvisionKind.ABSOLUTE;
      case QUALIFIED -> ProvisionKind.QUALIFIED;
      case NONE -> null;
    };
  }
}
