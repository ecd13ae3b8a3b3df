package uk.foitracker.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One choice of a select, radios or checkboxes, on govuk-frontend's items contract: the value
 * posted, the text shown, and whether it is chosen. Every page builds its choices from this.
 */
public record Option(String value, String text, boolean selected) {

  /** A choice not chosen. */
  public static Option of(String value, String text) {
    return new Option(value, text, false);
  }

  /** The empty first choice of a select ("Any", "Choose the outcome"): posts "", never marked. */
  public static Option blank(String text) {
    return new Option("", text, false);
  }

  /** The same choice, chosen when its value is {@code chosen}. */
  public Option choose(String chosen) {
    return new Option(value, text, value.equals(chosen));
  }

  /** These choices with the one whose value is {@code chosen} selected. */
  public static List<Option> choose(List<Option> options, String chosen) {
    return options.stream().map(o -> o.choose(chosen)).toList();
  }

  /** A blank first choice, then these choices with {@code chosen} selected. */
  public static List<Option> withBlank(String blank, List<Option> options, String chosen) {
    List<Option> all = new ArrayList<>(options.size() + 1);
    all.add(blank(blank));
    all.addAll(choose(options, chosen));
    return all;
  }
}
