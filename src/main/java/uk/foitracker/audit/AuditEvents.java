package uk.foitracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the audit trail for the auditor's page: the newest events first, filtered by a request's
 * reference and by kind of event. The request's reference and the requester's details are read with
 * plain SQL (the request package writes audit events, so this package cannot depend on it).
 * Whatever an event says of the requester (their name, e-mail or address) is blanked before it is
 * shown. Reads only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditEvents {
  /** The most events one page lists. */
  static final int LIMIT = 200;

  static final String REMOVED = "[requester's details removed]";

  /** One event as the page shows it; {@code reference} is null for an event about no request. */
  record Row(
      long id,
      long position,
      Instant occurredAt,
      String actor,
      String action,
      String kind,
      String reference,
      String summary,
      String before,
      String after) {}

  /** A kind of event found in the trail: its stored action and its plain words. */
  record Kind(String action, String label) {}

  private final EntityManager em;
  private final TrailScope scope;

  AuditEvents(EntityManager em, TrailScope scope) {
    this.em = em;
    this.scope = scope;
  }

  /**
   * The condition that keeps an auditor of some authorities to the events about their requests
   * (events about no request, or another authority's, are not theirs); empty for every authority.
   */
  private String scoped(String subjectType, String subjectId) {
    Optional<List<Long>> ids = scope.authorityIds();
    if (ids.isEmpty()) {
      return "";
    }
    if (ids.get().isEmpty()) {
      return " and 1 = 0";
    }
    StringBuilder in = new StringBuilder();
    for (Long id : ids.get()) {
      in.append(in.isEmpty() ? "" : ", ").append(id.longValue());
    }
    return " and "
        + subjectType
        + " = 'request' and "
        + subjectId
        + " in (select fr.id from FoiRequest fr where fr.authority.id in ("
        + in
        + "))";
  }

  /** The request's id for a reference, if there is such a request. */
  Optional<Long> requestId(String reference) {
    List<?> ids =
        em.createNativeQuery(
                "select id, authority_id from foi_request where upper(system_reference) = ?1")
            .setParameter(1, reference.strip().toUpperCase(Locale.UK))
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) ids.get(0);
    Optional<List<Long>> mine = scope.authorityIds();
    if (mine.isPresent() && !mine.get().contains(((Number) row[1]).longValue())) {
      return Optional.empty(); // another authority's request: as a reference that does not exist
    }
    return Optional.of(((Number) row[0]).longValue());
  }

  /** Every kind of event in the trail, in the order of their plain words. */
  List<Kind> kinds() {
    return em
        .createQuery("select distinct e.action from AuditEvent e", String.class)
        .getResultList()
        .stream()
        .map(a -> new Kind(a, AuditKinds.label(a)))
        .sorted(Comparator.comparing(Kind::label).thenComparing(Kind::action))
        .toList();
  }

  /**
   * The newest {@link #LIMIT} events, newest first.
   *
   * @param requestId only events about this request, when present
   * @param action only events of this kind, when present
   */
  List<Row> newest(Optional<Long> requestId, Optional<String> action) {
    StringBuilder q =
        new StringBuilder("from AuditEvent e where 1 = 1" + scoped("e.subjectType", "e.subjectId"));
    Map<String, Object> params = new HashMap<>();
    requestId.ifPresent(
        id -> {
          q.append(" and e.subjectType = 'request' and e.subjectId = :id");
          params.put("id", id);
        });
    action.ifPresent(
        a -> {
          q.append(" and e.action = :action");
          params.put("action", a);
        });
    q.append(" order by e.chainPosition desc");
    var query = em.createQuery(q.toString(), AuditEvent.class).setMaxResults(LIMIT);
    params.forEach(query::setParameter);
    List<AuditEvent> events = query.getResultList();
    List<Long> requests =
        events.stream()
            .filter(e -> "request".equals(e.subjectType) && e.subjectId != null)
            .map(e -> e.subjectId)
            .distinct()
            .toList();
    Map<Long, String> references = references(requests);
    Map<Long, List<String>> personal = requesterDetails(requests);
    List<Row> rows = new ArrayList<>();
    for (AuditEvent e : events) {
      List<String> blank =
          "request".equals(e.subjectType) && e.subjectId != null
              ? personal.getOrDefault(e.subjectId, List.of())
              : List.of();
      rows.add(
          new Row(
              e.id,
              e.chainPosition,
              e.occurredAt,
              e.actor,
              e.action,
              AuditKinds.label(e.action),
              "request".equals(e.subjectType) ? references.get(e.subjectId) : null,
              blank(e.summary, blank),
              blank(e.beforeState, blank),
              blank(e.afterState, blank)));
    }
    return rows;
  }

  private Map<Long, String> references(Collection<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Object o :
        em.createNativeQuery("select id, system_reference from foi_request where id in (:ids)")
            .setParameter("ids", ids)
            .getResultList()) {
      Object[] r = (Object[]) o;
      out.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    return out;
  }

  /** Each request's requester's name, contact and address: the words never shown. */
  private Map<Long, List<String>> requesterDetails(Collection<Long> ids) {
    Map<Long, List<String>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Object o :
        em.createNativeQuery(
                "select request_id, name, contact, address from requester_contact"
                    + " where request_id in (:ids)")
            .setParameter("ids", ids)
            .getResultList()) {
      Object[] r = (Object[]) o;
      List<String> words = new ArrayList<>();
      for (int i = 1; i < r.length; i++) {
        if (r[i] instanceof String s && s.strip().length() >= 3) {
          words.add(s.strip());
        }
      }
      out.put(((Number) r[0]).longValue(), words);
    }
    return out;
  }

  /** The text with every one of the requester's details blanked, whatever its case. */
  static String blank(String text, List<String> details) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String d : details) {
      out =
          Pattern.compile(Pattern.quote(d), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(out)
              .replaceAll(Matcher.quoteReplacement(REMOVED));
    }
    return out;
  }
}
