package uk.foitracker.reading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foitracker.rules.ProvisionKind;

/**
 * A provision the letter cites, at the level it was written.
 *
 * @param code the catalogue code ("FOIA-43-2", "EIR-12-5-e")
 * @param reference as the Act or Regulations write it ("s.43(2)", "reg 12(5)(e)")
 * @param kind what the catalogue says the provision is
 * @param questions the questions whose answer cites it (empty when cited outside any answer)
 * @param ncnd whether the letter neither confirms nor denies under it
 * @param span where it was first cited
 * @param reasons the sentences that cite it, as written
 * @param publicInterest the public interest test given for it, when one was read
 * @param sure false when the citation was read from a weak form ("S43 as above")
 */
public record ReadCitation(
    String code,
    String reference,
    ProvisionKind kind,
    List<Integer> questions,
    boolean ncnd,
    Span span,
    String reasons,
    Optional<ReadPublicInterest> publicInterest,
    boolean sure) {
  public ReadCitation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    questions = List.copyOf(questions);
    reasons = Objects.requireNonNullElse(reasons, "");
    publicInterest = publicInterest == null ? Optional.empty() : publicInterest;
  }
}
