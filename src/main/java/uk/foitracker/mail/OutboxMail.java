package uk.foitracker.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.foitracker.request.FoiRequest;

/**
 * An e-mail to send (or sent): written in the transaction of what causes it, delivered by {@link
 * OutboxSender}. The recipient is personal data: {@link #toString()} never prints it.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {
  enum Kind {
    RESPONSE,
    /**
     * The acknowledgement letter, with the access code (redacted from the stored copy once sent).
     */
    ACKNOWLEDGEMENT,
    DIGEST
  }

  enum State {
    QUEUED,
    SENT,
    NO_ADDRESS,
    /** Could not be prepared (the letter as PDF failed): not tried, shown with its reason. */
    HELD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public Kind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  public FoiRequest request;

  public Integer instalment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public State state;

  @Column(length = 400)
  public String recipient;

  @Column(nullable = false, length = 500)
  public String subject;

  @Column(nullable = false, length = 200000)
  public String body;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  public Instant lastAttemptAt;

  @Column(name = "last_error", length = 1000)
  public String lastError;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "digest_on")
  public LocalDate digestOn;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  public String createdBy;

  @Version public long version;

  static List<OutboxMail> forRequest(FoiRequest request) {
    return list("request = ?1 order by id desc", request);
  }

  /** The ids of the mails waiting whose time has come, oldest first. */
  static List<Long> dueIds(Instant now, int max) {
    return find(
            "state = ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2) order by nextAttemptAt,"
                + " id",
            State.QUEUED,
            now)
        .page(0, max)
        .project(IdOnly.class)
        .list()
        .stream()
        .map(IdOnly::id)
        .toList();
  }

  /** A projection of the id alone. */
  public record IdOnly(Long id) {}

  @Override
  public String toString() {
    return "OutboxMail[id=" + id + ", " + kind + ", " + state + ", recipient redacted]";
  }
}
