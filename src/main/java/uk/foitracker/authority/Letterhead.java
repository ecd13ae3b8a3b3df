package uk.foitracker.authority;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * What an authority's letters start from: its letterhead, signatory, standard paragraphs and the
 * key for its table symbols. A null or empty value is a setting not made. Also the JSON of {@code
 * GET /api/authority/settings} (the logo's bytes are left out: {@code logoMediaType} says whether
 * there is one).
 *
 * @param authority the authority's name as registered
 * @param letterheadName the name printed at the head of its letters, or null for {@code authority}
 */
public record Letterhead(
    String authority,
    String letterheadName,
    List<String> postalAddress,
    String signatory,
    String reviewProcedure,
    String complaintRights,
    String reuseLicence,
    List<SymbolKey> symbolKey,
    String logoMediaType,
    @JsonIgnore byte[] logo) {

  public Letterhead {
    postalAddress = postalAddress == null ? List.of() : List.copyOf(postalAddress);
    symbolKey = symbolKey == null ? List.of() : List.copyOf(symbolKey);
  }

  /** The name at the head of the letter: the letterhead's, else the authority's. */
  @JsonIgnore
  public String displayName() {
    return letterheadName == null ? authority : letterheadName;
  }

  @JsonIgnore
  public boolean hasLogo() {
    return logo != null && logo.length > 0;
  }

  /** The logo as a data URI, for the letter on screen and in its PDF; null without a logo. */
  @JsonIgnore
  public String logoDataUri() {
    return hasLogo()
        ? "data:" + logoMediaType + ";base64," + Base64.getEncoder().encodeToString(logo)
        : null;
  }

  /** The postal address on one line, or null when not set. */
  @JsonIgnore
  public String addressText() {
    return postalAddress.isEmpty() ? null : String.join("\n", postalAddress);
  }

  /** The symbol key as the settings form shows it: "symbol = meaning" lines. */
  @JsonIgnore
  public String symbolKeyText() {
    StringBuilder text = new StringBuilder();
    for (SymbolKey k : symbolKey) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(k.symbol().isEmpty() ? SymbolKeys.BLANK : k.symbol())
          .append(" = ")
          .append(k.meaning());
    }
    return text.toString();
  }

  /**
   * The entries of the key for the symbols that occur among {@code cells} (the texts of a table's
   * cells), leaving out the blank cell and the dash when the table already says what they mean.
   */
  public List<SymbolKey> used(Collection<String> cells, boolean blankKnown, boolean dashKnown) {
    return symbolKey.stream()
        .filter(k -> !(blankKnown && k.symbol().isEmpty()))
        .filter(k -> !(dashKnown && k.symbol().equals("-")))
        .filter(k -> cells.stream().anyMatch(k::matches))
        .toList();
  }
}
