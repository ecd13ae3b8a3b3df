package uk.foitracker.rules;

/**
 * What kind of authority, or request, the Freedom of Information (Time for Compliance with Request)
 * Regulations 2004 (SI 2004/3364), as added to by SI 2009/1369 and SI 2010/2768, give longer than
 * the 20 working days of FOIA s.10(1). Made under s.10(4) and (5) of the Act ("may by regulations
 * provide that subsections (1) and (2) are to have effect as if any reference to the twentieth
 * working day following the date of receipt were a reference to such other day, not later than the
 * sixtieth working day following the date of receipt, as may be specified in, or determined in
 * accordance with, the regulations"). They vary FOIA only: the EIR's reg 5(2) has no such power.
 * See {@link TimeForCompliance}.
 */
public enum AuthorityType {
  /** Every other public authority: the 20th working day (s.10(1)). */
  STANDARD("s.10(1)"),
  /**
   * The governing body of a maintained school or maintained nursery school (SI 2004/3364 reg
   * 3(1)(a)).
   */
  MAINTAINED_SCHOOL("SI 2004/3364 reg 3"),
  /**
   * Information held only because it is in a school maintained by the Secretary of State for
   * Defence (SI 2004/3364 reg 3(1)(b)).
   */
  DEFENCE_SCHOOL("SI 2004/3364 reg 3"),
  /**
   * The managers of a controlled, voluntary or grant-maintained integrated school, or a pupil
   * referral unit, in Northern Ireland (SI 2009/1369 reg 2).
   */
  NORTHERN_IRELAND_SCHOOL("SI 2009/1369 reg 2"),
  /** The proprietor of an Academy (SI 2010/2768). */
  ACADEMY("SI 2010/2768"),
  /**
   * An appropriate records authority answering for information in a transferred public record not
   * designated as open information (SI 2004/3364 reg 4): the 30th working day.
   */
  ARCHIVES("SI 2004/3364 reg 4"),
  /**
   * A request that cannot be answered in time without information from someone involved in an
   * operation of the armed forces, or in preparing for one (SI 2004/3364 reg 5): the day the
   * Information Commissioner specifies, not later than the 60th working day.
   */
  ARMED_FORCES_OPERATIONS("SI 2004/3364 reg 5"),
  /**
   * A request that cannot be answered in time without information held outside the United Kingdom
   * (SI 2004/3364 reg 6): the day the Information Commissioner specifies, not later than the 60th
   * working day.
   */
  HELD_OUTSIDE_UK("SI 2004/3364 reg 6");

  private final String basis;

  AuthorityType(String basis) {
    this.basis = basis;
  }

  /** The provision that sets the time, e.g. "SI 2004/3364 reg 3". */
  public String basis() {
    return basis;
  }

  /** A school under reg 3 or its equivalents: 20 school days or 60 working days. */
  public boolean school() {
    return this == MAINTAINED_SCHOOL
        || this == DEFENCE_SCHOOL
        || this == NORTHERN_IRELAND_SCHOOL
        || this == ACADEMY;
  }
}
