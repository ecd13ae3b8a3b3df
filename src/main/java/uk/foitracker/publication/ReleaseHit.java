package uk.foitracker.publication;

import java.util.List;

/**
 * One thing the release check found in what would leave the authority, shown with how to fix it.
 *
 * @param key stable for the same hit in the same place: the kind and where, e.g. {@code
 *     REQUESTER_NAME@questions[0].text#12}, {@code
 *     SECONDARY_SUPPRESSION@tables[1].rows[2].cells[0]}, {@code
 *     HIDDEN_CONTENT@attachments[3]#9f2c…}, {@code EMAIL_ADDRESS@attachments[3].text#40} (in a
 *     file's text), {@code UNREAD_ATTACHMENT@attachments[3]#9f2c…}; what an override names
 * @param kind {@code REQUESTER_NAME}, {@code EMAIL_ADDRESS}, … (the personal-data kinds), {@code
 *     SECONDARY_SUPPRESSION}, {@code SMALL_COUNT}, {@code HIDDEN_CONTENT}, {@code
 *     UNREAD_ATTACHMENT} (a releasable file that could not be read, or only in part: check it by
 *     hand)
 * @param label what it is, in words ("the requester's name", "a suppressed cell that can be worked
 *     out")
 * @param field where: a path in the published case ({@code questions[0].text}), {@code reason}, or
 *     an attachment
 * @param context the text around it with personal data masked, or the derivation of a cell ("&lt;5
 *     in row 2023, column Boys = row total 8 − 5 = 3"), or what a file hides
 * @param fixes the ways to fix it, in words: redact, suppress, replace with a pseudonym, remove the
 *     hidden content, or mark as not personal with a reason
 * @param blocksSending true when it also refuses sending (anyone's personal data, tables, files);
 *     false for the requester's own data, which may go to the requester but not to the public
 * @param overridden null while open; the officer's reason once marked not personal
 * @param overriddenBy who marked it, or null
 */
public record ReleaseHit(
    String key,
    String kind,
    String label,
    String field,
    String context,
    List<String> fixes,
    boolean blocksSending,
    String overridden,
    String overriddenBy) {

  public boolean open() {
    return overridden == null;
  }

  ReleaseHit closedBy(ReleaseOverride o) {
    return new ReleaseHit(
        key, kind, label, field, context, fixes, blocksSending, o.reason, o.decidedBy);
  }

  /** The id of the hit's row on the page: the key with only letters, digits and hyphens. */
  public String anchor() {
    return "release-hit-" + Integer.toHexString(key.hashCode());
  }

  /** The id of the reason box of the hit's "mark as not personal" form. */
  public String reasonId() {
    return anchor() + "-reason";
  }
}
