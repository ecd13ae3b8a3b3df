package uk.foitracker.citation;

import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.StatuteLabels;

/** A provision of the catalogue as the public reads it. */
public record ProvisionView(
    String code,
    Regime regime,
    String reference,
    String title,
    ProvisionKind kind,
    String kindLabel,
    String explanation,
    boolean ncnd,
    String excludedDuty,
    String basis) {
  static ProvisionView of(Provision p) {
    return new ProvisionView(
        p.code,
        p.regime,
        p.reference,
        p.title,
        p.kind,
        StatuteLabels.label(p.kind),
        p.explanation,
        p.ncnd,
        p.excludedDuty,
        p.kind.isExemption() ? p.classification().basis() : null);
  }
}
