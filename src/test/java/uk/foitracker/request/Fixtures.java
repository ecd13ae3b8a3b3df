package uk.foitracker.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.DateField;

/** Requests for tests, with unique summaries (tests share one database). */
final class Fixtures {
  private static final AtomicInteger N = new AtomicInteger();
  static final String NAME = "Priya Testrequester";
  static final String CONTACT = "priya.testrequester@example.org";

  private Fixtures() {}

  static String unique(String what) {
    return what + " " + System.nanoTime() % 1_000_000 + "-" + N.incrementAndGet();
  }

  static NewRequest draft(Regime regime, LocalDate received, String summary, String... questions) {
    List<NewRequest.QuestionDraft> qs = new ArrayList<>();
    for (int i = 0; i < questions.length; i++) {
      qs.add(new NewRequest.QuestionDraft(String.valueOf(i + 1), questions[i]));
    }
    return new NewRequest(
        regime.name(),
        DateField.of(received),
        "EMAIL",
        summary,
        NAME,
        CONTACT,
        String.join("\n", questions),
        "",
        qs,
        "");
  }
}
