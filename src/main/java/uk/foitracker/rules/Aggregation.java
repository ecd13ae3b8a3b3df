package uk.foitracker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Aggregating related requests for the cost limit: the Fees Regulations 2004, reg 5. The costs of
 * two or more requests may be added together where they are made "by one person, or by different
 * persons who appear to the public authority to be acting in concert or in pursuance of a campaign"
 * (reg 5(1)), "relate, to any extent, to the same or similar information" (reg 5(2)(a)) and are
 * "received by the public authority within any period of sixty consecutive working days" (reg
 * 5(2)(b)). The first two are the authority's judgement, recorded with reasons; the third is
 * counted here on the UK-wide working-day calendar (FOIA s.10(6)).
 */
public final class Aggregation {
  public static final int WINDOW_WORKING_DAYS = 60;

  private Aggregation() {}

  /** A request the officer wants to add to the estimate, with the two judgements of reg 5. */
  public record Related(
      String reference,
      LocalDate received,
      boolean sameRequesterOrInConcert,
      boolean sameOrSimilarInformation) {}

  /** Why one related request cannot be aggregated. */
  public record Refusal(String reference, String reason) {}

  /**
   * The requests that cannot be aggregated with the request received on {@code received}; empty
   * when all of them can. A request received on a non-working day counts from the next working day.
   */
  public static List<Refusal> check(
      WorkingDayCalendar calendar, LocalDate received, List<Related> related) {
    Objects.requireNonNull(received, "received");
    List<Refusal> refusals = new ArrayList<>();
    List<LocalDate> inWindow = new ArrayList<>(List.of(effective(calendar, received)));
    for (Related r : related) {
      if (r.received() == null) {
        refusals.add(
            new Refusal(
                r.reference(),
                "The date it was received is not stated, so reg 5(2)(b) cannot be shown"));
        continue;
      }
      if (!r.sameRequesterOrInConcert()) {
        refusals.add(
            new Refusal(
                r.reference(),
                "Only requests by the same person, or by people acting in concert or in a"
                    + " campaign, may be aggregated (reg 5(1))"));
      }
      if (!r.sameOrSimilarInformation()) {
        refusals.add(
            new Refusal(
                r.reference(),
                "The requests must relate, to any extent, to the same or similar information"
                    + " (reg 5(2)(a))"));
      }
      LocalDate e = effective(calendar, r.received());
      if (!withinWindow(calendar, List.of(inWindow.get(0), e))) {
        refusals.add(
            new Refusal(
                r.reference(),
                "Received "
                    + workingDaysSpan(calendar, inWindow.get(0), e)
                    + " working days apart: more than the 60 consecutive working days of reg"
                    + " 5(2)(b)"));
      } else {
        inWindow.add(e);
      }
    }
    if (refusals.isEmpty() && !withinWindow(calendar, inWindow)) {
      refusals.add(
          new Refusal(
              null,
              "Together the requests span "
                  + workingDaysSpan(
                      calendar,
                      inWindow.stream().min(Comparator.naturalOrder()).orElseThrow(),
                      inWindow.stream().max(Comparator.naturalOrder()).orElseThrow())
                  + " working days: all must fall within one period of 60 consecutive working"
                  + " days (reg 5(2)(b))"));
    }
    return refusals;
  }

  /** True when every date falls within one period of 60 consecutive working days. */
  public static boolean withinWindow(WorkingDayCalendar calendar, List<LocalDate> dates) {
    LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
    return workingDaysSpan(calendar, effective(calendar, first), effective(calendar, last))
        <= WINDOW_WORKING_DAYS;
  }

  /** Working days from {@code first} to {@code last}, both counted. */
  static int workingDaysSpan(WorkingDayCalendar calendar, LocalDate first, LocalDate last) {
    LocalDate a = first.isBefore(last) ? first : last;
    LocalDate b = first.isBefore(last) ? last : first;
    return calendar.workingDaysBetween(a.minusDays(1), b);
  }

  private static LocalDate effective(WorkingDayCalendar calendar, LocalDate d) {
    return calendar.isWorkingDay(d) ? d : calendar.addWorkingDays(d, 1);
  }
}
