package uk.foitracker.request;

import java.time.LocalDate;

/** A recorded clock event for the API. */
public record EventLine(String kind, LocalDate date, LocalDate newDue, String actor) {}
