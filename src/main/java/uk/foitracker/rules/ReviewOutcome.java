package uk.foitracker.rules;

/**
 * The outcome of an internal review, as recorded and as the government's statistics count them.
 * Labels are display: see {@code uk.foitracker.web.StatuteLabels}.
 */
public enum ReviewOutcome {
  UPHELD,
  PARTLY_OVERTURNED,
  OVERTURNED
}
