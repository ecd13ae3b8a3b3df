package uk.foitracker.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an {@link Attachment}, in their own row so that listing attachments never loads
 * them.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends PanacheEntityBase {
  @Id
  @Column(name = "attachment_id")
  public Long attachmentId;

  @Column(nullable = false)
  public byte[] content;
}
