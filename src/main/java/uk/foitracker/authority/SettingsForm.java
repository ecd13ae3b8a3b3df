package uk.foitracker.authority;

import uk.foitracker.web.FormErrors;

/** The settings page's form: what is stored, or what was typed, with its errors. */
public record SettingsForm(
    String authority,
    String letterheadName,
    String postalAddress,
    String signatory,
    String reviewProcedure,
    String complaintRights,
    String reuseLicence,
    String symbolKey,
    String logoDataUri,
    boolean saved,
    FormErrors errors) {

  static SettingsForm of(Letterhead l, boolean saved) {
    return new SettingsForm(
        l.authority(),
        l.letterheadName(),
        l.addressText(),
        l.signatory(),
        l.reviewProcedure(),
        l.complaintRights(),
        l.reuseLicence(),
        l.symbolKeyText(),
        l.logoDataUri(),
        saved,
        FormErrors.NONE);
  }
}
