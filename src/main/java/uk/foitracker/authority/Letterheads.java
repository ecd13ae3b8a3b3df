package uk.foitracker.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.ValidationProblem;

/**
 * Each authority's letter settings: read for its letters, edited by its officers. Edits are checked
 * in full before anything is saved, and audited.
 */
@ApplicationScoped
@Transactional
public class Letterheads {
  static final int MAX_NAME = 200;
  static final int MAX_ADDRESS_LINES = 8;
  static final int MAX_ADDRESS_LINE = 200;
  static final int MAX_PARAGRAPH = 20000;
  static final int MAX_LICENCE = 5000;

  private final AuditLog audit;
  private final Clock clock;
  private final AuthorityScope scope;

  Letterheads(AuditLog audit, Clock clock, AuthorityScope scope) {
    this.audit = audit;
    this.clock = clock;
    this.scope = scope;
  }

  /**
   * The settings of the signed-in officer's authority (the one chosen, with several: {@link
   * AuthorityScope#forSettings()}).
   */
  public Letterhead current() {
    return of(authority());
  }

  /** An authority's settings; all empty when none are saved. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Letterhead of(Authority authority) {
    AuthoritySettings s = AuthoritySettings.findById(authority.id);
    if (s == null) {
      return new Letterhead(
          authority.name, null, List.of(), null, null, null, null, List.of(), null, null);
    }
    return new Letterhead(
        authority.name,
        s.letterheadName,
        s.postalAddress == null ? List.of() : List.of(s.postalAddress.split("\n")),
        s.signatory,
        s.reviewProcedure,
        s.complaintRights,
        s.reuseLicence,
        SymbolKeys.load(s.symbolKey),
        s.logo == null ? null : s.logoMediaType,
        s.logo);
  }

  /**
   * Replaces the settings of the officer's authority (as {@link #current()}); nothing is saved if
   * any is bad.
   */
  public Letterhead update(SettingsInput in, String actor) {
    return update(in, List.of(), actor);
  }

  /**
   * {@link #update(SettingsInput, String)} with the errors the form found while reading what was
   * typed (a symbol key line without "="): reported with the others, and nothing saved.
   */
  public Letterhead update(SettingsInput in, List<FieldError> formErrors, String actor) {
    List<FieldError> errors = new ArrayList<>(formErrors);
    String name =
        text(in.letterheadName(), "letterheadName", "The letterhead name", MAX_NAME, errors);
    List<String> address = address(in.postalAddress(), errors);
    String signatory = text(in.signatory(), "signatory", "The signatory", MAX_NAME, errors);
    String review =
        text(
            in.reviewProcedure(),
            "reviewProcedure",
            "The internal review procedure",
            MAX_PARAGRAPH,
            errors);
    String complaint =
        text(
            in.complaintRights(),
            "complaintRights",
            "The right to complain",
            MAX_PARAGRAPH,
            errors);
    String licence =
        text(in.reuseLicence(), "reuseLicence", "The re-use licence", MAX_LICENCE, errors);
    List<SymbolKey> keys =
        in.symbolKey() == null
            ? List.of()
            : in.symbolKey().stream()
                .filter(Objects::nonNull)
                .map(
                    k ->
                        new SymbolKey(
                            k.symbol() == null ? "" : k.symbol().strip(),
                            k.meaning() == null ? null : k.meaning().strip()))
                .toList();
    SymbolKeys.check(keys, "symbolKey", errors);
    String logoType = null;
    if (in.logo() != null && !in.removeLogo()) {
      LogoImages.refusal(in.logo()).ifPresent(m -> errors.add(new FieldError("logo", m)));
      logoType = LogoImages.mediaType(in.logo());
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    Authority authority = authority();
    AuthoritySettings s = AuthoritySettings.findById(authority.id);
    if (s == null) {
      s = new AuthoritySettings();
      s.authorityId = authority.id;
    }
    String before = summary(s);
    List<Object> was = settings(s);
    s.letterheadName = name;
    s.postalAddress = address.isEmpty() ? null : String.join("\n", address);
    s.signatory = signatory;
    s.reviewProcedure = review;
    s.complaintRights = complaint;
    s.reuseLicence = licence;
    s.symbolKey = SymbolKeys.store(keys);
    if (in.removeLogo()) {
      s.logo = null;
      s.logoMediaType = null;
    } else if (in.logo() != null) {
      s.logo = in.logo();
      s.logoMediaType = logoType;
    }
    if (s.updatedAt != null && was.equals(settings(s))) {
      // the same settings saved again (a refresh, a double click): nothing changed, no event
      return of(authority);
    }
    s.updatedAt = clock.instant();
    s.persist();
    audit.record(
        actor,
        "AUTHORITY_SETTINGS_SET",
        "authority",
        authority.id,
        "Letter settings of " + authority.name + " changed",
        before,
        summary(s));
    return of(authority);
  }

  /** Every setting, to tell whether a save changed any (the logo by its bytes). */
  private static List<Object> settings(AuthoritySettings s) {
    return Arrays.asList(
        s.letterheadName,
        s.postalAddress,
        s.signatory,
        s.reviewProcedure,
        s.complaintRights,
        s.reuseLicence,
        s.symbolKey,
        s.logo == null ? null : HexFormat.of().formatHex(s.logo),
        s.logoMediaType);
  }

  /** What the audit event keeps of the settings: which are set and how long, not the logo. */
  private static String summary(AuthoritySettings s) {
    return "letterhead name: "
        + Objects.requireNonNullElse(s.letterheadName, "not set")
        + "; address lines: "
        + (s.postalAddress == null ? 0 : s.postalAddress.split("\n").length)
        + "; signatory: "
        + Objects.requireNonNullElse(s.signatory, "not set")
        + "; review procedure: "
        + length(s.reviewProcedure)
        + "; complaint rights: "
        + length(s.complaintRights)
        + "; re-use licence: "
        + length(s.reuseLicence)
        + "; symbol key entries: "
        + SymbolKeys.load(s.symbolKey).size()
        + "; logo: "
        + (s.logo == null ? "none" : s.logoMediaType + ", " + s.logo.length + " bytes");
  }

  private static String length(String s) {
    return s == null ? "not set" : s.length() + " characters";
  }

  private static String text(
      String value, String field, String label, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      errors.add(
          new FieldError(
              field, label + " must be " + String.format("%,d", max) + " characters or fewer"));
    }
    return v;
  }

  private static List<String> address(List<String> lines, List<FieldError> errors) {
    if (lines == null) {
      return List.of();
    }
    List<String> kept =
        lines.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    if (kept.size() > MAX_ADDRESS_LINES) {
      errors.add(
          new FieldError(
              "postalAddress",
              "The postal address must have " + MAX_ADDRESS_LINES + " lines or fewer"));
    } else if (kept.stream().anyMatch(l -> l.length() > MAX_ADDRESS_LINE || l.contains("\n"))) {
      errors.add(
          new FieldError(
              "postalAddress",
              "Each line of the postal address must be "
                  + MAX_ADDRESS_LINE
                  + " characters or fewer"));
    }
    return kept;
  }

  private Authority authority() {
    return scope.forSettings();
  }
}
