/**
 * "Check a refusal notice": anyone pastes the text of a response they received and sees what the
 * same rules that review a case find in it. Open to all, counted per client address, nothing kept
 * and nothing of the text logged.
 */
package uk.foitracker.noticecheck;
