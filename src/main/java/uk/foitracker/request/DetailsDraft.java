package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.DateField;

/**
 * The authority's references and dates as an officer typed them (the request page's form or the
 * API), before validation.
 *
 * @param authorityReference the reference the letter leads with; blank when none is stated
 * @param otherAuthorityReferences any other references stated, word for word
 * @param statedDue the due date the authority stated, if stated
 * @param channel how the request arrived; blank leaves it as it is
 */
public record DetailsDraft(
    String authorityReference,
    List<String> otherAuthorityReferences,
    DateField statedDue,
    String channel) {
  public DetailsDraft {
    authorityReference = authorityReference == null ? "" : authorityReference.strip();
    otherAuthorityReferences =
        otherAuthorityReferences == null
            ? List.of()
            : otherAuthorityReferences.stream()
                .map(o -> o == null ? "" : o.strip())
                .filter(o -> !o.isEmpty())
                .toList();
    statedDue = statedDue == null ? DateField.empty() : statedDue;
    channel = channel == null ? "" : channel.strip();
  }

  /** Splits a text box of references, one a line. */
  public static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\\R"));
  }
}
