package uk.foitracker.request;

import java.time.LocalDate;
import uk.foitracker.rules.Regime;

/**
 * A recorded clock event for the API; {@code regimeFrom}, {@code regimeTo} and {@code reason} only
 * for a change of regime (REGIME_CHANGED).
 */
public record EventLine(
    String kind,
    LocalDate date,
    LocalDate newDue,
    String actor,
    Regime regimeFrom,
    Regime regimeTo,
    String reason) {}
