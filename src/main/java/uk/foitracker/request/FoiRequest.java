package uk.foitracker.request;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.OptimisticLock;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.clock.ClockState;
import uk.foitracker.rules.Regime;

/**
 * A request for information. Dates and the authority's own reference may be "not stated" (null):
 * the app never invents them. The requester's personal data lives in {@link RequesterContact}.
 */
@Entity
@Table(name = "foi_request")
public class FoiRequest extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version public long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "authority_id")
  public Authority authority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  public Regime regime;

  @Column(name = "system_reference", unique = true, length = 40)
  public String systemReference;

  @Column(name = "authority_reference", length = 100)
  public String authorityReference;

  @Column(unique = true, length = 120)
  public String slug;

  @Column(nullable = false, length = 300)
  public String title;

  @Column(name = "received_on")
  public LocalDate receivedOn;

  /**
   * The due date the authority stated (in its acknowledgement), as stated; null when not stated.
   * Kept beside the computed one, never replacing it.
   */
  @Column(name = "stated_due_on")
  public LocalDate statedDueOn;

  /**
   * The date the response was sent: read-only, from the request's RESPONSE_SENT clock event (the
   * one source of truth, see {@code RequestClocks#calculate}). Null until the response is sent.
   */
  @Formula(
      "(select max(ce.event_date) from clock_event ce where ce.request_id = id"
          + " and ce.kind = 'RESPONSE_SENT' and ce.withdrawn_at is null)")
  public LocalDate sentOn;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  public RequestState state;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  public Channel channel;

  /** The request as received, word for word, before it was split into questions. */
  @Column(name = "request_text", length = 20000)
  public String requestText;

  @Column(length = 20000)
  public String preamble;

  @Column(length = 20000)
  public String postscript;

  @Column(length = 40)
  public String licence;

  @Column(name = "licence_statement", length = 2000)
  public String licenceStatement;

  /** The attribution statement the authority asks re-users to include, as its letter gives it. */
  @Column(name = "attribution_statement", length = 2000)
  public String attributionStatement;

  /** Why a sent response is not in the disclosure log. */
  @Column(name = "withheld_reason", length = 2000)
  public String withheldReason;

  @Column(name = "access_code_hash", length = 200)
  public String accessCodeHash;

  @Column(name = "assigned_to", length = 100)
  public String assignedTo;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  // The stored summary of the statutory clock, so the work queue filters, sorts and counts in the
  // database. Written only by ClockSummaries, in the transaction of each change that moves the
  // clock (and at start-up for open requests without one); a closed request keeps what was stored
  // when its clock last moved (nothing, if it was loaded by SQL). Derived data: left out of
  // optimistic locking, so storing it never makes an officer's open form out of date.

  /** The due date the clock gives (null while stopped for clarification or paused for a fee). */
  @Column(name = "due_on")
  @OptimisticLock(excluded = true)
  public LocalDate dueOn;

  /** Where the clock stands whatever the day; null when not worked out (no date received). */
  @Enumerated(EnumType.STRING)
  @Column(name = "clock_state", length = 30)
  @OptimisticLock(excluded = true)
  public ClockState clockState;

  /**
   * The holiday calendar {@link #dueOn} was worked out on ({@code RequestClocks#calendarVersion}).
   */
  @Column(name = "clock_calendar", length = 100)
  @OptimisticLock(excluded = true)
  public String clockCalendar;

  /** In the work queue ({@link #inQueue(RequestState, LocalDate, String)}); kept on every save. */
  @Column(name = "in_queue", nullable = false)
  @OptimisticLock(excluded = true)
  public boolean inQueue;

  @PrePersist
  @PreUpdate
  void keepQueueMembership() {
    inQueue = inQueue(state, receivedOn, systemReference);
  }

  /**
   * Whether a request belongs in the work queue: open (or awaiting clarification or a fee), with a
   * reference. A request whose received date is not stated is listed too, with no clock.
   */
  public static boolean inQueue(RequestState state, LocalDate receivedOn, String systemReference) {
    return OfficerRequests.isOpen(state) && systemReference != null;
  }

  public static Optional<FoiRequest> findPublishedBySlug(String slug) {
    return find("slug = ?1 and state = ?2", slug, RequestState.PUBLISHED).firstResultOptional();
  }

  /**
   * The request with this reference if the signed-in person holds its authority ({@link
   * AuthorityScope}): another authority's request is not found, exactly as an unknown reference.
   * Every officer and auditor page and API reads requests through this (or {@link RequestLocks}).
   */
  public static Optional<FoiRequest> findByReference(String reference) {
    return findAnyByReference(reference).filter(r -> AuthorityScope.allowsNow(r.authority));
  }

  /**
   * The request with this reference whoever is signed in: only for work that is not an officer's
   * (the requester's status check with reference and access code, the mail jobs, the demo data).
   */
  public static Optional<FoiRequest> findAnyByReference(String reference) {
    return find("systemReference", reference).firstResultOptional();
  }

  /** The request with this public slug if the signed-in person holds its authority. */
  public static Optional<FoiRequest> findBySlugFor(String slug) {
    return findBySlug(slug).filter(r -> AuthorityScope.allowsNow(r.authority));
  }

  public static Optional<FoiRequest> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }
}
