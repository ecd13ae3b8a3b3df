/**
 * The statute as code: pure Java, no framework, no persistence, no I/O (Jollyday reads its own
 * bundled holiday XML through its API; nothing else is read). Every rule names the section of the
 * Freedom of Information Act 2000 (FOIA) or the Environmental Information Regulations 2004 (EIR)
 * that it implements. {@code RulesArePureTest} keeps the package pure.
 *
 * <p>Entry points: {@link uk.foitracker.rules.WorkingDayCalendar} (what is a working day) and
 * {@link uk.foitracker.rules.StatutoryClock} (when a response is due, derived from events).
 */
package uk.foitracker.rules;
