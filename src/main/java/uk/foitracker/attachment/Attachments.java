package uk.foitracker.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.ValidationProblem;

/**
 * The files sent with a response: upload (size and type checked, by content), list, download, and
 * marking one releasable so that it is published with the case. Named for the compose page, which
 * lists them with {@code inject:attachments}.
 */
@ApplicationScoped
@Named("attachments")
@Transactional
public class Attachments {
  private final AttachmentConfig config;
  private final AuditLog audit;
  private final Clock clock;

  Attachments(AttachmentConfig config, AuditLog audit, Clock clock) {
    this.config = config;
    this.audit = audit;
    this.clock = clock;
  }

  /** The largest file allowed, in bytes. */
  public long maxBytes() {
    return config.maxBytes();
  }

  public String maxText() {
    return AttachmentView.sizeText(config.maxBytes());
  }

  public String allowedText() {
    return FileTypes.ALLOWED_TEXT;
  }

  /** The file extensions the upload field suggests. */
  public String accept() {
    return String.join(
        ",", FileTypes.ALLOWED.stream().flatMap(k -> k.extensions().stream()).toList());
  }

  /**
   * Refuses a file too large before it is read: {@code size} is what the upload says it holds.
   *
   * @throws ValidationProblem on field "file"
   */
  public void checkSize(long size) {
    if (size > config.maxBytes()) {
      throw ValidationProblem.of(
          "file", "The file must be smaller than " + maxText() + ": it is " + sizeText(size));
    }
  }

  private static String sizeText(long size) {
    return AttachmentView.sizeText(size);
  }

  /**
   * Attaches a file to the response: refused when it is empty, too large, or not an allowed kind by
   * its content. Returns the attachment as stored, numbered after the last.
   */
  public AttachmentView upload(
      String ref, Long version, String fileName, byte[] bytes, String actor) {
    String name = cleanName(fileName);
    if (name == null) {
      throw ValidationProblem.of("file", "Choose a file to attach");
    }
    if (bytes == null || bytes.length == 0) {
      throw ValidationProblem.of("file", "The file is empty");
    }
    checkSize(bytes.length);
    FileTypes.Detected detected = FileTypes.detect(name, bytes);
    if (detected.kind() == null) {
      throw ValidationProblem.of("file", detected.refusal());
    }
    FoiRequest request = RequestLocks.current(ref, version);
    Attachment a = new Attachment();
    a.request = request;
    a.number = Attachment.of(request).stream().mapToInt(x -> x.number).max().orElse(0) + 1;
    a.fileName = name;
    a.mediaType = detected.kind().mediaType();
    a.sizeBytes = bytes.length;
    a.sha256 = sha256(bytes);
    a.hiddenContent = HiddenContent.of(detected.kind(), bytes);
    a.uploadedAt = Instant.now(clock);
    a.uploadedBy = actor;
    a.persist();
    Attachment.flush();
    AttachmentContent c = new AttachmentContent();
    c.attachmentId = a.id;
    c.content = bytes;
    c.persist();
    audit.record(
        actor,
        "ATTACHMENT_ADDED",
        "request",
        request.id,
        "Attachment "
            + a.number
            + " added: "
            + a.fileName
            + " ("
            + a.mediaType
            + ", "
            + AttachmentView.sizeText(a.sizeBytes)
            + ", SHA-256 "
            + a.sha256
            + ")",
        null,
        null);
    return AttachmentView.of(a);
  }

  /** The request's attachments, in number order; for officers. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttachmentView> list(String ref) {
    return Attachment.of(request(ref)).stream().map(AttachmentView::of).toList();
  }

  /** An attachment with its bytes, for an officer to download. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AttachmentFile file(String ref, int number) {
    return file(attachment(request(ref), number));
  }

  /**
   * Marks an attachment releasable (published with the case from the next publication or
   * correction) or not. A spreadsheet that hides sheets, rows or columns is refused unless {@code
   * hiddenContentConfirmed}: what is hidden is published with the file, and whoever opens it can
   * unhide it.
   */
  public AttachmentView markReleasable(
      String ref,
      Long version,
      int number,
      boolean releasable,
      boolean hiddenContentConfirmed,
      String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    Attachment a = attachment(request, number);
    if (releasable && a.hiddenContent != null && !hiddenContentConfirmed) {
      throw ValidationProblem.of(
          "hiddenContentConfirmed",
          a.fileName
              + " hides content that would be published with it ("
              + a.hiddenContent
              + "): remove it from the file and upload it again, or confirm that it may be"
              + " published");
    }
    String before = a.releasable ? "RELEASABLE" : "NOT_RELEASABLE";
    a.releasable = releasable;
    a.hiddenContentConfirmed = releasable && a.hiddenContent != null && hiddenContentConfirmed;
    audit.record(
        actor,
        releasable ? "ATTACHMENT_RELEASABLE" : "ATTACHMENT_NOT_RELEASABLE",
        "request",
        request.id,
        "Attachment "
            + a.number
            + " ("
            + a.fileName
            + ") "
            + (releasable ? "marked releasable" : "no longer releasable")
            + (a.hiddenContentConfirmed
                ? "; the officer confirmed its hidden content may be published: " + a.hiddenContent
                : ""),
        before,
        releasable ? "RELEASABLE" : "NOT_RELEASABLE");
    return AttachmentView.of(a);
  }

  /** The attachments of a request that are releasable, for publication. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttachmentView> releasable(FoiRequest request) {
    return Attachment.of(request).stream()
        .filter(a -> a.releasable)
        .map(AttachmentView::of)
        .toList();
  }

  /**
   * The release check on files: each releasable attachment is inspected again for hidden content
   * ({@link HiddenContent}), so that a file uploaded before a kind of hidden content was looked for
   * is not published unseen. One message per attachment that hides content the officer has not
   * confirmed may be published (or hides more than what was confirmed); empty when none does.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<HiddenFile> unconfirmedHiddenContent(FoiRequest request) {
    List<HiddenFile> problems = new ArrayList<>();
    for (Attachment a : Attachment.of(request)) {
      if (!a.releasable) {
        continue;
      }
      Optional<FileTypes.Kind> kind =
          FileTypes.ALLOWED.stream().filter(k -> k.mediaType().equals(a.mediaType)).findFirst();
      AttachmentContent c = AttachmentContent.findById(a.id);
      String hidden = kind.isEmpty() || c == null ? null : HiddenContent.of(kind.get(), c.content);
      if (hidden != null && (!a.hiddenContentConfirmed || !hidden.equals(a.hiddenContent))) {
        problems.add(new HiddenFile(a.number, a.fileName, a.sha256, hidden));
      }
    }
    return problems;
  }

  /**
   * The release check on what files say: the visible text of each releasable attachment ({@link
   * AttachmentText}), for the same personal-data scan as the case's text fields. A file that could
   * not be read, or only in part, says so ({@link FileText#unread()}), so that it is checked by
   * hand rather than passed unseen.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FileText> releasableText(FoiRequest request) {
    List<FileText> texts = new ArrayList<>();
    for (Attachment a : Attachment.of(request)) {
      if (!a.releasable) {
        continue;
      }
      AttachmentText.Extracted e = TEXTS.get(a.sha256 + " " + a.mediaType);
      if (e == null) {
        AttachmentContent c = AttachmentContent.findById(a.id);
        e =
            c == null
                ? AttachmentText.Extracted.failed("its content is missing")
                : AttachmentText.of(a.mediaType, c.content);
        if (TEXTS.size() >= 8) {
          TEXTS.clear();
        }
        TEXTS.put(a.sha256 + " " + a.mediaType, e);
      }
      String unread =
          e.unreadable() != null
              ? "could not be read (" + e.unreadable() + "): check it by hand"
              : e.truncated()
                  ? "only its first "
                      + String.format(Locale.UK, "%,d", AttachmentText.MAX_CHARS)
                      + " characters could be read: check the rest by hand"
                  : null;
      texts.add(new FileText(a.number, a.fileName, a.sha256, e.text(), unread));
    }
    return texts;
  }

  /** The text read from recent files, by hash and type: the release check runs on every view. */
  private static final Map<String, AttachmentText.Extracted> TEXTS = new ConcurrentHashMap<>();

  /**
   * A releasable attachment's visible text.
   *
   * @param number the attachment's number
   * @param name its file name
   * @param sha256 its hash
   * @param text the text read, or null when none could be
   * @param unread why some or all of it could not be read ("could not be read…: check it by hand"),
   *     or null when all of it was
   */
  public record FileText(int number, String name, String sha256, String text, String unread) {}

  /** A releasable attachment that hides content not confirmed: what it hides, in words. */
  public record HiddenFile(int number, String name, String sha256, String hidden) {}

  /** A releasable attachment's bytes, or empty when it has none or is not releasable. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AttachmentFile> releasableFile(FoiRequest request, int number) {
    return Attachment.find(request, number).filter(a -> a.releasable).map(Attachments::file);
  }

  private static AttachmentFile file(Attachment a) {
    AttachmentContent c = AttachmentContent.findById(a.id);
    return new AttachmentFile(a.fileName, a.mediaType, a.sha256, c.content);
  }

  private static FoiRequest request(String ref) {
    return FoiRequest.findByReference(ref)
        .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref));
  }

  private static Attachment attachment(FoiRequest request, int number) {
    return Attachment.find(request, number)
        .orElseThrow(() -> new NotFoundProblem("The response has no attachment " + number));
  }

  /** The name without any folder, control characters or quotes; null when nothing is left. */
  static String cleanName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      return null;
    }
    if (name.length() > 255) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 255 - ext.length()) + ext;
    }
    return name;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
