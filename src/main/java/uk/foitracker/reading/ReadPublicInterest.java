package uk.foitracker.reading;

import java.util.List;

/**
 * A public interest test as written: the arguments for disclosure, those for maintaining the
 * exemption or exception, and the conclusion, each paragraph as it stands in the letter.
 */
public record ReadPublicInterest(
    List<String> argumentsFor, List<String> argumentsAgainst, String conclusion, Span span) {
  public ReadPublicInterest {
    argumentsFor = List.copyOf(argumentsFor);
    argumentsAgainst = List.copyOf(argumentsAgainst);
    conclusion = conclusion == null ? "" : conclusion;
  }
}
