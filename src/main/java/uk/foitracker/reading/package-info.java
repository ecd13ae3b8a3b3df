/**
 * Reading a response letter or e-mail thread as text: what it states (regime, dates, questions,
 * outcomes, citations with their questions, public interest tests, cost estimates, the rights
 * paragraphs), each element with where in the text it was read and whether the reading is sure.
 * Whatever cannot be read is left out, never guessed. Pure Java: used by the public notice check
 * ({@code noticecheck}) and by the importer of past responses.
 */
package uk.foitracker.reading;
