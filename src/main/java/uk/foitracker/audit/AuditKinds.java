package uk.foitracker.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each kind of audit event means, in plain words, for the auditor's audit trail page: the
 * stored action names are internal and never shown. A kind written by a newer feature that is not
 * named here is shown as its words, lower case, without underscores or dots.
 */
final class AuditKinds {
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("request.logged", "Request logged");
    LABELS.put("CASE_IMPORTED", "Case imported");
    LABELS.put("request.details", "Request details changed");
    LABELS.put("request.assigned", "Request assigned");
    LABELS.put("request.correspondence", "Correspondence recorded");
    LABELS.put("request.linked", "Requests linked");
    LABELS.put("request.unlinked", "Requests unlinked");
    LABELS.put("OUTCOME_SET", "Outcome of a question set");
    LABELS.put("ANSWER_ADDED", "Answer written");
    LABELS.put("ANSWER_CHANGED", "Answer changed");
    LABELS.put("TABLE_ADDED", "Answer table added");
    LABELS.put("TABLE_NOTE_SET", "Answer table note set");
    LABELS.put("TABLE_REMOVED", "Answer table removed");
    LABELS.put("ANSWER_TABLES_CORRECTED", "Answer tables corrected after sending");
    LABELS.put("PROVISION_CITED", "Provision cited");
    LABELS.put("CITATION_REMOVED", "Citation removed");
    LABELS.put("COST_ASSESSED", "Cost assessed");
    LABELS.put("COST_REASSESSED", "Cost assessed again");
    LABELS.put("NOTICE_PARTICULARS_SET", "Refusal notice written");
    LABELS.put("LICENCE_SET", "Re-use licence set");
    LABELS.put("AUTHORITY_SETTINGS_SET", "Letter settings changed");
    LABELS.put("AUTHORITY_DECLARED", "Authority declared");
    LABELS.put("AUTHORITY_CHANGED", "Authority's declaration changed");
    LABELS.put("RESPONSE_SENT", "Response sent");
    LABELS.put("INSTALMENT_SENT", "Instalment sent");
    LABELS.put("MAIL_QUEUED", "E-mail to the requester queued");
    LABELS.put("MAIL_SENT", "E-mail to the requester delivered");
    LABELS.put("MAIL_NOT_SENT", "Not e-mailed: no e-mail address");
    LABELS.put("MAIL_RETRY", "E-mail tried again");
    LABELS.put("MAIL_DRAFT_DISCARDED", "E-mailed request discarded");
    LABELS.put("ATTACHMENT_ADDED", "Attachment added");
    LABELS.put("ATTACHMENT_RELEASABLE", "Attachment marked releasable");
    LABELS.put("ATTACHMENT_NOT_RELEASABLE", "Attachment marked not releasable");
    LABELS.put("RESPONSE_PUBLISHED", "Response published");
    LABELS.put("RESPONSE_WITHHELD", "Response withheld from the disclosure log");
    LABELS.put("CORRECTION_PUBLISHED", "Correction published");
    LABELS.put("RELEASE_HIT_NOT_PERSONAL", "Release check: a match judged not personal data");
    LABELS.put("FINDING_ACCEPTED", "Auditor's finding accepted");
    LABELS.put("FINDING_DISPUTED", "Auditor's finding disputed");
    LABELS.put("BATCH_CREATED", "Batch of requests created");
    LABELS.put("BATCH_MEMBER_ADDED", "Case added to a batch");
    LABELS.put("BATCH_MEMBER_REMOVED", "Case taken out of a batch");
    LABELS.put("BATCH_LABEL_MAPPED", "Label mapping of a batch set");
    LABELS.put("BATCH_LABEL_UNMAPPED", "Label mapping of a batch removed");
  }

  private AuditKinds() {}

  /** The plain words for a stored action. */
  static String label(String action) {
    if (action == null || action.isBlank()) {
      return "Not stated";
    }
    String known = LABELS.get(action);
    if (known != null) {
      return known;
    }
    if (action.startsWith("clock.")) {
      return "Clock: " + words(action.substring("clock.".length()));
    }
    String w = words(action);
    return w.isEmpty() ? "Not stated" : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** "FEES_NOTICE_ISSUED" or "fees-notice.issued" as "fees notice issued". */
  static String words(String action) {
    return action.replaceAll("[_.\\-]+", " ").strip().toLowerCase(Locale.UK);
  }
}
