package uk.foitracker.authority;

import java.util.List;

/**
 * The settings as a person sends them, from the settings page or {@code PUT
 * /api/authority/settings}: every text setting at once (a null or blank one is cleared). The logo:
 * new bytes replace it, {@code removeLogo} removes it, neither keeps it.
 */
public record SettingsInput(
    String letterheadName,
    List<String> postalAddress,
    String signatory,
    String reviewProcedure,
    String complaintRights,
    String reuseLicence,
    List<SymbolKey> symbolKey,
    byte[] logo,
    boolean removeLogo) {}
