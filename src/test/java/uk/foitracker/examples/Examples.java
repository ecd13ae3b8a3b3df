package uk.foitracker.examples;

import java.util.List;

/** The eight transcribed responses, in the order of their files. */
final class Examples {
  private Examples() {}

  static List<Example> all() {
    return List.of(
        CumbriaAndDurham.cumbria(),
        CumbriaAndDurham.durham(),
        Sheffield.foiStatistics(),
        Sheffield.charityCommission(),
        Sheffield.drupal(),
        SheffieldLater.carriageway(),
        SheffieldLater.goLocalBids(),
        SheffieldLater.casework());
  }
}
