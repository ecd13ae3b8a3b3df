package uk.foitracker.web;

import java.util.List;

/** Choices of a select under one heading (an optgroup). */
public record OptionGroup(String label, List<Option> items) {

  /** The same group with the choice whose value is {@code chosen} selected. */
  public OptionGroup choose(String chosen) {
    return new OptionGroup(label, Option.choose(items, chosen));
  }

  /** These groups with the choice whose value is {@code chosen} selected. */
  public static List<OptionGroup> choose(List<OptionGroup> groups, String chosen) {
    return groups.stream().map(g -> g.choose(chosen)).toList();
  }
}
