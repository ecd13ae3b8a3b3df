package uk.foitracker.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.request.Logged;
import uk.foitracker.request.NewRequest;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.web.DateField;

/** A request logged for the security tests, with recognisable fake personal data. */
final class Planted {
  static final String NAME = "Zebedee Quixote-Fairweather";
  static final String CONTACT = "zq@example.org";
  static final String ADDRESS = "17 Xylophone Terrace, Quimby-on-Wold, QX9 9ZZ";
  static final String LEICESTER = "leicester-cse-cce-2015-2024";

  private Planted() {}

  /** Logs a request as olive and returns its reference. */
  static String log(OfficerRequests officer, Clock clock, String summary, String... questions) {
    return logged(officer, clock, 2, summary, questions).reference();
  }

  /**
   * Logs a request as olive, received this many days ago, and returns its reference and the
   * requester's access code.
   */
  static Logged logged(
      OfficerRequests officer, Clock clock, int daysAgo, String summary, String... questions) {
    return officer.log(draft(clock, daysAgo, summary, questions), "olive", false);
  }

  /** A new request's details, received this many days ago, with the planted personal data. */
  static NewRequest draft(Clock clock, int daysAgo, String summary, String... questions) {
    List<NewRequest.QuestionDraft> qs = new java.util.ArrayList<>();
    for (int i = 0; i < questions.length; i++) {
      qs.add(new NewRequest.QuestionDraft(String.valueOf(i + 1), questions[i]));
    }
    NewRequest draft =
        new NewRequest(
            "FOIA",
            DateField.of(LocalDate.now(clock).minusDays(daysAgo)),
            "EMAIL",
            summary,
            NAME,
            CONTACT + ", " + ADDRESS,
            String.join("\n", questions),
            "",
            qs,
            "");
    return draft;
  }
}
