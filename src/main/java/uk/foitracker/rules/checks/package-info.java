/**
 * Checks an auditor runs over a response: each rule names the provision of FOIA 2000 (or the EIR
 * 2004) it enforces and reads only the pure facts in {@link
 * uk.foitracker.rules.checks.ResponseFacts}, never an entity. {@link
 * uk.foitracker.rules.checks.RefusalCheck} runs them all.
 */
package uk.foitracker.rules.checks;
