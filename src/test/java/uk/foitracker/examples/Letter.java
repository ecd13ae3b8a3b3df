package uk.foitracker.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** A letter in {@code ../shared/examples/}, read as the tests compare it: whitespace-normalised. */
final class Letter {
  static final Path DIR = Path.of("..", "shared", "examples");
  private static final Pattern LINK_MARKER = Pattern.compile("\\[\\d+\\]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

  private Letter() {}

  static String raw(String file) {
    try {
      return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whitespace collapsed to one space, WhatDoTheyKnow's link markers "[3]" removed. */
  static String normalise(String text) {
    return SPACE.matcher(LINK_MARKER.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }

  static String text(String file) {
    return normalise(raw(file));
  }

  /** True when the words of {@code label} occur in the letter in order (a wrapped table label). */
  static boolean wordsInOrder(String letter, String label) {
    int from = 0;
    for (String word : List.of(normalise(label).split(" "))) {
      int at = letter.indexOf(word, from);
      if (at < 0) return false;
      from = at + word.length();
    }
    return true;
  }
}
