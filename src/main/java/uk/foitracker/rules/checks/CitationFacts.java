package uk.foitracker.rules.checks;

import java.util.Objects;
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
 */
public record CitationFacts(
    String code, String reference, ProvisionKind type, CitationRole role, String reasons) {

  /** FOIA s.17(1) or EIR reg 14: the provisions under which a refusal notice is given. */
  static final String FOIA_REFUSAL_NOTICE = "FOIA-17-1";

  static final String EIR_REFUSAL_NOTICE = "EIR-14";

  public CitationFacts {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
  }

  public boolean isRefusalNoticeProvision() {
    return code.equals(FOIA_REFUSAL_NOTICE) || code.equals(EIR_REFUSAL_NOTICE);
  }
}
