package uk.foitracker.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as inline SVG: a bar per row of the table beside it,
 * with the value written at the end of the bar. Geometry only; the template writes the elements.
 *
 * @param id the id of the chart's title element (for aria-labelledby); the description is id-desc
 * @param title what the chart shows
 * @param desc a text summary of every bar, for people who cannot see the chart
 * @param height the view box height
 * @param bars the bars
 * @param guides vertical reference lines (the ICO's 90% and 95%)
 */
record BarChart(
    String id, String title, String desc, int height, List<Bar> bars, List<Guide> guides) {
  static final int WIDTH = 480;
  static final int LABEL_WIDTH = 190;
  static final int BAR_AREA = 230;
  static final int ROW = 26;
  static final int BAR = 18;
  static final int TOP = 24;

  /** One bar: its label, the value shown, and where it goes. */
  record Bar(String label, String value, int y, int width, int textY, int valueX) {
    public int labelX() {
      return LABEL_WIDTH - 6;
    }

    public int x() {
      return LABEL_WIDTH;
    }

    public int barHeight() {
      return BAR;
    }
  }

  /** A vertical line at a value, with its label above. */
  record Guide(String label, int x, int y2) {}

  /** One value of the chart; {@code value} may be null for "no figure". */
  record Item(String label, Double value, String shown) {}

  public int width() {
    return WIDTH;
  }

  public boolean empty() {
    return bars.isEmpty();
  }

  /**
   * Lays out bars for the items, scaled to {@code max} (or the largest value when null).
   *
   * @param guides values at which to draw a guide line, with their labels
   */
  static BarChart of(
      String id, String title, String unit, List<Item> items, Double max, List<Item> guides) {
    double top =
        max != null
            ? max
            : items.stream()
                .map(Item::value)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    List<Bar> bars = new ArrayList<>();
    StringBuilder desc = new StringBuilder(title).append(". ");
    int y = TOP;
    for (Item item : items) {
      double v = item.value() == null ? 0 : item.value();
      int w = top <= 0 ? 0 : (int) Math.round(v / top * BAR_AREA);
      bars.add(new Bar(item.label(), item.shown(), y, w, y + BAR - 5, LABEL_WIDTH + w + 4));
      desc.append(item.label()).append(": ").append(item.shown()).append(unit).append(". ");
      y += ROW;
    }
    int height = y + 4;
    List<Guide> lines = new ArrayList<>();
    for (Item g : guides) {
      int x = LABEL_WIDTH + (int) Math.round(g.value() / top * BAR_AREA);
      lines.add(new Guide(g.label(), x, height - 2));
    }
    if (items.isEmpty()) {
      desc.append("No figures.");
    }
    return new BarChart(id, title, desc.toString().strip(), height, List.copyOf(bars), lines);
  }

  static String number(double v) {
    return String.format(Locale.UK, "%.1f", v);
  }
}
