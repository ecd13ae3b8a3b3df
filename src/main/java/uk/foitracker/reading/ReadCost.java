package uk.foitracker.reading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a cost estimate: "2000 records x 2 minutes", "two hours to go through each file".
 *
 * @param description the words of the line
 * @param activity DETERMINING, LOCATING, RETRIEVING or EXTRACTING (Fees Regulations 2004 reg 4(3))
 *     or another activity named in the line ("REDACTING"), as its verb says
 * @param units how many records, files or items, when stated
 * @param minutesEach the minutes for each unit, when stated
 * @param minutes the minutes of the line in all
 * @param span where it was read
 * @param sure false when the activity or the units are a weak reading
 */
public record ReadCost(
    String description,
    String activity,
    Integer units,
    BigDecimal minutesEach,
    int minutes,
    Span span,
    boolean sure) {
  public ReadCost {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(activity, "activity");
  }
}
