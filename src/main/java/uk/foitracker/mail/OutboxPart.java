package uk.foitracker.mail;

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
import java.util.List;

/** A file sent with an {@link OutboxMail}, as it was when the mail was queued. */
@Entity
@Table(name = "mail_outbox_part")
public class OutboxPart extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mail_id")
  public OutboxMail mail;

  @Column(nullable = false)
  public int position;

  @Column(name = "file_name", nullable = false, length = 255)
  public String fileName;

  @Column(name = "media_type", nullable = false, length = 200)
  public String mediaType;

  /** The response attachment's number, or null for the letter. */
  @Column(name = "attachment_number")
  public Integer attachmentNumber;

  @Column(nullable = false)
  public byte[] content;

  static List<OutboxPart> of(OutboxMail mail) {
    return list("mail = ?1 order by position", mail);
  }
}
