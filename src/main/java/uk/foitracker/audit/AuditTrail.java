package uk.foitracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Checks the audit trail's hash chain for auditors. Reads the chain head first, then the events up
 * to it in chain order, a page at a time; events appended meanwhile are past the head and are left
 * for the next check. Reads only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {
  static final int PAGE = 1000;

  private final EntityManager em;

  AuditTrail(EntityManager em) {
    this.em = em;
  }

  /** Walks the whole chain and reports the first broken event, if any. */
  public TrailCheck verify() {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "select last_position, last_hash, last_event_id from audit_chain_head"
                        + " where id = 1")
                .getSingleResult();
    long headPosition = ((Number) head[0]).longValue();
    String headHash = (String) head[1];
    Long headEventId = head[2] == null ? null : ((Number) head[2]).longValue();
    ChainWalk walk = new ChainWalk();
    long after = 0;
    boolean going = true;
    while (going) {
      List<Object[]> rows =
          em.createQuery(
                  "select e.id, e.chainPosition, e.occurredAt, e.actor, e.action, e.subjectType,"
                      + " e.subjectId, e.summary, e.beforeState, e.afterState, e.previousHash,"
                      + " e.eventHash from AuditEvent e"
                      + " where e.chainPosition > :after and e.chainPosition <= :head"
                      + " order by e.chainPosition",
                  Object[].class)
              .setParameter("after", after)
              .setParameter("head", headPosition)
              .setMaxResults(PAGE)
              .getResultList();
      for (Object[] r : rows) {
        AuditHashes.Fields fields =
            new AuditHashes.Fields(
                (Long) r[0],
                (Long) r[1],
                (Instant) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (Long) r[6],
                (String) r[7],
                (String) r[8],
                (String) r[9]);
        if (!walk.next(fields, (String) r[10], (String) r[11])) {
          going = false;
          break;
        }
        after = fields.position();
      }
      going = going && rows.size() == PAGE;
    }
    return walk.finish(headPosition, headHash, headEventId);
  }
}
