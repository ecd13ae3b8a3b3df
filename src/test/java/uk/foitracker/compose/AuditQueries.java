package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.request.FoiRequest;

/** Reads the audit actions recorded for a request, for tests. */
@ApplicationScoped
public class AuditQueries {
  @Transactional
  public List<String> actions(String ref) {
    FoiRequest r = FoiRequest.find("systemReference", ref).firstResult();
    return AuditEvent.<AuditEvent>list(
            "subjectType = ?1 and subjectId = ?2 order by id", "request", r.id)
        .stream()
        .map(e -> e.action)
        .toList();
  }

  @Transactional
  public List<String> summaries(String ref) {
    FoiRequest r = FoiRequest.find("systemReference", ref).firstResult();
    return AuditEvent.<AuditEvent>list(
            "subjectType = ?1 and subjectId = ?2 order by id", "request", r.id)
        .stream()
        .map(e -> e.summary)
        .toList();
  }
}
