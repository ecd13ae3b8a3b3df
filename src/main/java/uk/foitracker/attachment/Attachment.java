package uk.foitracker.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.foitracker.request.FoiRequest;

/**
 * A file sent with a response (a spreadsheet, a PDF, a Word document, CSV or plain text): its name
 * as uploaded, the media type detected from its content, size and SHA-256. The bytes are in {@link
 * AttachmentContent}. Published only once an officer marks it releasable.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  /** 1, 2, 3… within the request, never reused. */
  @Column(nullable = false)
  public int number;

  @Column(name = "file_name", nullable = false, length = 255)
  public String fileName;

  @Column(name = "media_type", nullable = false, length = 200)
  public String mediaType;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  /** Lower-case hex. */
  @Column(nullable = false, length = 64)
  public String sha256;

  @Column(nullable = false)
  public boolean releasable;

  /** What a spreadsheet hides (sheets, rows, columns), or null when it hides nothing. */
  @Column(name = "hidden_content", length = 2000)
  public String hiddenContent;

  /** The officer confirmed the hidden content may be published with the file. */
  @Column(name = "hidden_content_confirmed", nullable = false)
  public boolean hiddenContentConfirmed;

  @Column(name = "uploaded_at", nullable = false)
  public Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 200)
  public String uploadedBy;

  public static List<Attachment> of(FoiRequest request) {
    return list("request = ?1 order by number", request);
  }

  public static Optional<Attachment> find(FoiRequest request, int number) {
    return find("request = ?1 and number = ?2", request, number).firstResultOptional();
  }
}
