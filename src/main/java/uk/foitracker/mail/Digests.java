package uk.foitracker.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import uk.foitracker.authority.Authority;
import uk.foitracker.authority.AuthorityGrant;
import uk.foitracker.authority.AuthorityScope;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.rules.WorkingDayCalendar;
import uk.foitracker.web.Dates;
import uk.foitracker.web.PublicBaseUrl;

/**
 * The officers' daily digest: at {@code foi.mail.digest.cron}, one e-mail to each of {@code
 * foi.mail.digest.recipients} listing the open requests that are overdue and those due within
 * {@code foi.mail.digest.days} working days (the UK-wide calendar), through the outbox (so a
 * failure is retried like any other mail). Requests and references only: no requester's data.
 *
 * <p>Each recipient gets only their authority's requests: a recipient is written {@code
 * slug:address} (the authority with that slug; {@code *:address} for every authority, a regulator's
 * view) or just {@code address} (the installation's own authority, {@code foi.authority.name}). A
 * slug no authority has sends nothing (logged by slug, never by address).
 */
@ApplicationScoped
@Transactional
public class Digests {
  private static final Logger LOG = Logger.getLogger(Digests.class);

  private final MailConfig config;
  private final Outbox outbox;
  private final PublicBaseUrl base;
  private final Clock clock;

  Digests(MailConfig config, Outbox outbox, PublicBaseUrl base, Clock clock) {
    this.config = config;
    this.outbox = outbox;
    this.base = base;
    this.clock = clock;
  }

  @Scheduled(
      cron = "${foi.mail.digest.cron:0 0 7 ? * MON-FRI}",
      timeZone = "Europe/London",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    queueToday();
  }

  /** Queues today's digest for each recipient not sent one today; returns how many were queued. */
  public int queueToday() {
    List<String> recipients = config.digest().recipients().orElse(List.of());
    if (recipients.isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    Map<String, Digest> bySlug = new HashMap<>();
    int queued = 0;
    for (String entry : recipients) {
      Recipient r = Recipient.parse(entry);
      if (r == null) {
        continue;
      }
      Digest digest;
      if (r.slug() == null) {
        digest = bySlug.computeIfAbsent("", s -> digest(today, AuthorityScope.ownNow()));
      } else if (r.slug().equals(AuthorityGrant.ALL)) {
        digest = bySlug.computeIfAbsent(AuthorityGrant.ALL, s -> digest(today));
      } else {
        Optional<Authority> a = Authority.findBySlug(r.slug());
        if (a.isEmpty()) {
          LOG.warnf("Daily digest: no authority %s; its recipient gets none", r.slug());
          continue;
        }
        digest = bySlug.computeIfAbsent(r.slug(), s -> digest(today, a.get()));
      }
      if (outbox.queueDigest(r.address(), today, digest.subject(), digest.body())) {
        queued++;
      }
    }
    LOG.infof("Daily digest: %d queued", queued);
    return queued;
  }

  /** A recipient as configured: {@code slug:address}, or {@code address} (slug null). */
  record Recipient(String slug, String address) {
    static Recipient parse(String entry) {
      String e = entry == null ? "" : entry.strip();
      int colon = e.indexOf(':');
      if (colon > 0 && !e.substring(0, colon).contains("@")) {
        String slug = e.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String address = e.substring(colon + 1).strip();
        return address.isEmpty() ? null : new Recipient(slug, address);
      }
      return e.isEmpty() ? null : new Recipient(null, e);
    }
  }

  /** The digest of every authority's requests as at {@code today}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Digest digest(LocalDate today) {
    return digest(today, null);
  }

  /** The digest of one authority's requests (null: every authority's) as at {@code today}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Digest digest(LocalDate today, Authority authority) {
    int days = config.digest().days();
    LocalDate horizon = WorkingDayCalendar.ukWide().addWorkingDays(today, days);
    String where =
        "inQueue = true and dueOn is not null and dueOn <= ?1"
            + (authority == null ? "" : " and authority = ?2")
            + " order by dueOn, systemReference";
    Object[] params =
        authority == null ? new Object[] {horizon} : new Object[] {horizon, authority};
    List<Line> due =
        FoiRequest.<FoiRequest>list(where, params).stream()
            .map(r -> new Line(r.systemReference, r.title, r.dueOn, r.assignedTo))
            .toList();
    List<Line> overdue = due.stream().filter(l -> l.due().isBefore(today)).toList();
    List<Line> soon = due.stream().filter(l -> !l.due().isBefore(today)).toList();
    return Digest.of(today, days, overdue, soon, base.base());
  }

  /** One request in the digest. */
  record Line(String reference, String title, LocalDate due, String assignedTo) {}

  /** The digest's subject and plain text. */
  public record Digest(String subject, String body, int overdue, int dueSoon) {
    static Digest of(
        LocalDate today, int days, List<Line> overdue, List<Line> soon, String baseUrl) {
      String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      StringBuilder b = new StringBuilder();
      b.append("FOI requests as at ").append(Dates.display(today)).append(".\n\n");
      b.append("Overdue (").append(overdue.size()).append("):\n");
      lines(b, overdue, base, "none");
      b.append("\nDue within ")
          .append(days)
          .append(days == 1 ? " working day (" : " working days (")
          .append(soon.size())
          .append("):\n");
      lines(b, soon, base, "none");
      b.append("\nThe work queue: ").append(base).append("officer/requests\n");
      String subject =
          "FOI digest "
              + Dates.display(today)
              + ": "
              + overdue.size()
              + " overdue, "
              + soon.size()
              + " due soon";
      return new Digest(subject, b.toString(), overdue.size(), soon.size());
    }

    private static void lines(StringBuilder b, List<Line> lines, String base, String none) {
      if (lines.isEmpty()) {
        b.append("- ").append(none).append("\n");
      }
      for (Line l : lines) {
        b.append("- ")
            .append(l.reference())
            .append(", due ")
            .append(Dates.display(l.due()))
            .append(": ")
            .append(l.title() == null ? "Not stated" : l.title())
            .append(l.assignedTo() == null ? " (not assigned)" : " (" + l.assignedTo() + ")")
            .append("\n  ")
            .append(base)
            .append("officer/requests/")
            .append(l.reference())
            .append("\n");
      }
    }
  }
}
