package uk.foitracker.rules;

/**
 * The appropriate limit for s.12 FOIA: The Freedom of Information and Data Protection (Appropriate
 * Limit and Fees) Regulations 2004 (SI 2004/3244). Reg 3(2): £600 for the authorities in Part I of
 * Schedule 1 to FOIA (central government); reg 3(3): £450 for every other authority. Reg 4(4):
 * staff time is costed "at a rate of £25 per person per hour".
 */
public record AppropriateLimit(int limitPence, int hourlyRatePence) {
  public static final int STATUTORY_HOURLY_RATE_PENCE = 2500;
  public static final AppropriateLimit CENTRAL_GOVERNMENT =
      new AppropriateLimit(60000, STATUTORY_HOURLY_RATE_PENCE);
  public static final AppropriateLimit OTHER_AUTHORITY =
      new AppropriateLimit(45000, STATUTORY_HOURLY_RATE_PENCE);

  public AppropriateLimit {
    if (limitPence <= 0 || hourlyRatePence <= 0) {
      throw new IllegalArgumentException("The limit and the hourly rate must be positive");
    }
  }

  public static AppropriateLimit forAuthority(boolean centralGovernment) {
    return centralGovernment ? CENTRAL_GOVERNMENT : OTHER_AUTHORITY;
  }

  /** The limit in whole hours of staff time: 24 for central government, 18 for the rest. */
  public int hours() {
    return limitPence / hourlyRatePence;
  }

  /** True when an estimate of staff time costs more than the limit (s.12(1): "would exceed"). */
  public boolean exceededBy(int estimatedMinutes) {
    return (long) estimatedMinutes * hourlyRatePence > (long) limitPence * 60;
  }
}
