/**
 * FOI performance statistics as the UK government publishes them (Cabinet Office, "Freedom of
 * Information statistics" bulletins, collection
 * gov.uk/government/collections/government-foi-statistics; the Ministry of Justice published them
 * until 2015): requests received, resolved, in time, outcomes of resolved requests, exemptions
 * applied, internal reviews; and timeliness against the Information Commissioner's bands. Pure
 * Java: facts in, figures out.
 */
package uk.foitracker.rules.stats;
