package uk.foitracker.attachment;

import java.util.Locale;

/**
 * An attachment as officers see it: number, name, detected media type, size, SHA-256, whether it is
 * releasable, and what a spreadsheet hides (null when nothing).
 */
public record AttachmentView(
    int number,
    String name,
    String mediaType,
    long sizeBytes,
    String sha256,
    boolean releasable,
    String hiddenContent,
    boolean hiddenContentConfirmed) {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.number,
        a.fileName,
        a.mediaType,
        a.sizeBytes,
        a.sha256,
        a.releasable,
        a.hiddenContent,
        a.hiddenContentConfirmed);
  }

  /** The id of the checkbox that confirms hidden content may be published. */
  public String confirmId() {
    return "attachment-" + number + "-confirm";
  }

  /** "2.4 MB", "830 KB", "512 bytes". */
  public String sizeText() {
    return sizeText(sizeBytes);
  }

  public static String sizeText(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
