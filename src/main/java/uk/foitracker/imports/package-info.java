/**
 * Importing a past response: a letter or e-mail thread pasted or uploaded (text, Word, PDF) is read
 * ({@code reading.LetterReader}) into a proposal of the case it records: references, dates, regime,
 * questions, outcomes, tables, citations with their questions, cost lines. The proposal is kept in
 * memory only, for the officer to correct and confirm into a request and a draft response (through
 * the {@code request} and {@code compose} services) or to abandon. Nothing is saved before confirm.
 */
package uk.foitracker.imports;
