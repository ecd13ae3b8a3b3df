/**
 * The release check: what must not leave the authority in anything published or sent. Pure Java:
 * {@link PersonalDataScan} finds personal data (UK GDPR Art 4(1)) of the requester and of anyone in
 * a text, after {@link Normaliser} has undone the disguises a name or address can take.
 */
package uk.foitracker.rules.release;
