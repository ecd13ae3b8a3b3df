package uk.foitracker.rules.checks;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.rules.OutsideCalendarException;
import uk.foitracker.rules.Regime;
import uk.foitracker.rules.StatutoryClock;

/**
 * FOIA s.10(1): "a public authority must comply with section 1(1) promptly and in any event not
 * later than the twentieth working day following the date of receipt"; EIR reg 5(2) the same. A due
 * date the authority states (in its acknowledgement) that differs from the statutory one tells the
 * requester the wrong day: when it is later, the requester is led to wait beyond the time the Act
 * allows before complaining (s.50).
 *
 * <p>Judged by {@link ResponseFacts#statedDueDiffers()}: the stated date against the 20th working
 * day after receipt on the UK-wide calendar (FOIA s.10(6)). A stated date later than the statutory
 * one is MEDIUM (it promises more time than the Act gives); an earlier one is LOW (it asks nothing
 * unlawful of the authority, but the date is still wrong). Clock events (clarification, fees,
 * extensions) can move the lawful date after an acknowledgement, so this compares with the date as
 * it stood on receipt, and says so.
 */
public final class StatedDueDiffers implements Rule {
  public static final String ID = "STATED_DUE_DIFFERS";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    if (!facts.statedDueDiffers()) {
      return List.of();
    }
    LocalDate statutory;
    try {
      statutory = StatutoryClock.due(facts.regime(), facts.received().get()).due();
    } catch (OutsideCalendarException e) {
      return List.of();
    }
    LocalDate stated = facts.statedDue().get();
    boolean later = stated.isAfter(statutory);
    return List.of(
        new Finding(
            ID,
            facts.regime() == Regime.FOIA ? "s.10(1)" : "reg 5(2)",
            List.of(),
            later ? Severity.MEDIUM : Severity.LOW,
            "The authority said the response was due on "
                + LawyerWording.day(stated)
                + ", but the 20th working day after it was received on "
                + LawyerWording.day(facts.received().get())
                + " is "
                + LawyerWording.day(statutory)
                + (later
                    ? ": the stated date gives the authority more time than the law allows."
                    : ".")));
  }
}
