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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.foitracker.authority.Authority;

/**
 * An e-mail that arrived in the FOI mailbox: a draft request until an officer confirms or discards
 * it. Its sender and text are the requester's personal data: {@link #toString()} never prints them.
 */
@Entity
@Table(name = "mail_inbox")
public class InboxMail extends PanacheEntityBase {
  enum State {
    DRAFT,
    CONFIRMED,
    DISCARDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "message_key", nullable = false, unique = true, length = 1000)
  public String messageKey;

  @Column(name = "sender_address", length = 400)
  public String senderAddress;

  @Column(name = "sender_name", length = 200)
  public String senderName;

  @Column(length = 1000)
  public String subject;

  @Column(length = 200000)
  public String body;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  @Column(nullable = false)
  public byte[] raw;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public State state;

  @Column(name = "request_reference", length = 40)
  public String requestReference;

  @Column(name = "decided_by", length = 200)
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "fetched_at", nullable = false)
  public Instant fetchedAt;

  /**
   * The authority whose FOI mailbox it was sent to (else the installation's own): only its officers
   * list, read, confirm or discard it. Null (before it was recorded): the installation's own.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "authority_id")
  public Authority authority;

  @Version public long version;

  /** The drafts of these authorities (their ids; empty: every authority's), oldest first. */
  static List<InboxMail> drafts(Optional<Set<Long>> authorities) {
    return list("state = ?1" + restrict(authorities) + " order by receivedAt, id", State.DRAFT);
  }

  /** How many drafts of these authorities (their ids; empty: every authority's) wait. */
  static long waiting(Optional<Set<Long>> authorities) {
    return count("state = ?1" + restrict(authorities), State.DRAFT);
  }

  private static String restrict(Optional<Set<Long>> authorities) {
    if (authorities.isEmpty()) {
      return "";
    }
    if (authorities.get().isEmpty()) {
      return " and 1 = 0";
    }
    StringBuilder in = new StringBuilder();
    for (Long id : authorities.get()) {
      in.append(in.isEmpty() ? "" : ", ").append(id.longValue());
    }
    return " and authority.id in (" + in + ")";
  }

  static boolean known(String messageKey) {
    return count("messageKey", messageKey) > 0;
  }

  @Override
  public String toString() {
    return "InboxMail[id=" + id + ", " + state + ", personal data redacted]";
  }
}
