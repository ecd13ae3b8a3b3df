package uk.foitracker.authority;

/**
 * One entry of the key to the symbols an authority's tables use: "-" not held, "&lt;5" fewer than
 * five, "[c]" confidential. An empty symbol stands for a blank cell.
 */
public record SymbolKey(String symbol, String meaning) {
  /** How the letter names the symbol: in quotes, or "A blank cell". */
  public String label() {
    return symbol == null || symbol.isEmpty() ? "A blank cell" : "\u201c" + symbol + "\u201d";
  }

  /** Whether a cell written as {@code text} is this symbol (the dashes count as one). */
  boolean matches(String text) {
    String t = text == null ? "" : text.strip();
    String s = symbol == null ? "" : symbol;
    if (s.equals("-")) {
      return t.equals("-") || t.equals("\u2013") || t.equals("\u2014");
    }
    return t.equals(s);
  }
}
