package uk.foitracker.rules.checks;

import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ProvisionKind;

/**
 * A provision cited for a question.
 *
 * @param code the catalogue code, e.g. "FOIA-17-1"
 * @param reference as written in a letter, e.g. "s.17(1)"
 * @param type what the catalogue says the provision is
 * @param role the part the officer recorded it as playing
 * @param reasons the authority's reasons, as given (may be blank)
 * @param publicInterest the public interest test recorded for it, if one was recorded
 */
public record CitationFacts(
    String code,
    String reference,
    ProvisionKind type,
    CitationRole role,
    String reasons,
    Optional<PublicInterestFacts> publicInterest) {

  /** A citation with no public interest test recorded. */
  public CitationFacts(
      String code, String reference, ProvisionKind type, CitationRole role, String reasons) {
    this(code, reference, type, role, reasons, Optional.empty());
  }

  /** FOIA s.17(1) or EIR reg 14: the provisions under which a refusal notice is given. */
  static final String FOIA_REFUSAL_NOTICE = "FOIA-17-1";

  static final String EIR_REFUSAL_NOTICE = "EIR-14";

  public CitationFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    publicInterest = publicInterest == null ? Optional.empty() : publicInterest;
  }

  public boolean isRefusalNoticeProvision() {
    return code.equals(FOIA_REFUSAL_NOTICE) || code.equals(EIR_REFUSAL_NOTICE);
  }
}
