package uk.foitracker.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three jurisdictions of the Banking and Financial Dealings Act 1971 (Schedule 1: England and
 * Wales, Scotland, Northern Ireland). FOIA s.10(6) counts a bank holiday "in any part of the United
 * Kingdom", so a day off in one part is a non-working day everywhere.
 */
public enum UkPart {
  ENGLAND_AND_WALES("England and Wales", List.of("eng", "wls")),
  SCOTLAND("Scotland", List.of("sct")),
  NORTHERN_IRELAND("Northern Ireland", List.of("nir"));

  private final String label;
  private final List<String> jollydaySubdivisions;

  UkPart(String label, List<String> jollydaySubdivisions) {
    this.label = label;
    this.jollydaySubdivisions = jollydaySubdivisions;
  }

  /** For display, e.g. "England and Wales". */
  public String label() {
    return label;
  }

  /** The Jollyday {@code UNITED_KINGDOM} subdivision codes that make up this part. */
  List<String> jollydaySubdivisions() {
    return jollydaySubdivisions;
  }

  /** "England and Wales, Scotland, Northern Ireland", in this enum's order. */
  static String labels(Set<UkPart> parts) {
    return parts.stream().sorted().map(UkPart::label).collect(Collectors.joining(", "));
  }
}
