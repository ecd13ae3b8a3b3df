package uk.foitracker.rules;

/**
 * What kind of public authority answers a request, as far as the rules care: the appropriate limit
 * for s.12 FOIA depends on it. The Freedom of Information and Data Protection (Appropriate Limit
 * and Fees) Regulations 2004 (SI 2004/3244), reg 3(2): £600 for the authorities listed in Part I of
 * Schedule 1 to the Act (government departments, the Houses of Parliament, the devolved
 * legislatures, the armed forces); reg 3(3): £450 for every other public authority, which includes
 * local government (Schedule 1 Part II), the NHS (Part III) and the police (Part V).
 */
public enum AuthorityKind {
  COUNCIL("Council"),
  POLICE("Police"),
  NHS("NHS body"),
  CENTRAL_GOVERNMENT("Central government department"),
  OTHER("Other public authority");

  private final String label;

  AuthorityKind(String label) {
    this.label = label;
  }

  /** The kind's name as the public pages show it. */
  public String label() {
    return label;
  }

  /** True for Schedule 1 Part I bodies, whose appropriate limit is £600 (reg 3(2)). */
  public boolean centralGovernment() {
    return this == CENTRAL_GOVERNMENT;
  }

  /** The appropriate limit this kind of authority works to (reg 3(2) and 3(3)). */
  public AppropriateLimit appropriateLimit() {
    return AppropriateLimit.forAuthority(centralGovernment());
  }
}
