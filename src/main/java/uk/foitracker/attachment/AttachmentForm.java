package uk.foitracker.attachment;

import java.util.List;
import uk.foitracker.web.FormErrors;

/**
 * The attachments page shown when an upload or a releasable mark is refused: the error summary, the
 * upload form, and the attachments with their mark forms (the refused one with its confirmation).
 */
public record AttachmentForm(
    String reference,
    FormErrors errors,
    List<AttachmentView> attachments,
    Integer refusedNumber,
    String maxText,
    String allowedText,
    String accept) {

  public String base() {
    return "/officer/requests/" + reference + "/response";
  }
}
