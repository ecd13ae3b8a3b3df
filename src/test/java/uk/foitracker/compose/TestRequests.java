package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.foitracker.authority.Authority;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.Regime;

/**
 * Logs a request for the compose tests. Stands in for the officer workspace's POST /api/requests
 * until that is on main: it creates exactly what logging creates (request, questions, contact).
 */
@ApplicationScoped
public class TestRequests {
  @Transactional
  public String log(
      String title,
      String preamble,
      List<String> questions,
      String postscript,
      LocalDate received,
      String requesterName,
      String requesterContact) {
    FoiRequest r = new FoiRequest();
    r.authority = Authority.findByName("Leicester City Council").orElseThrow();
    r.regime = Regime.FOIA;
    r.systemReference = "FOI-T-" + UUID.randomUUID().toString().substring(0, 8);
    r.title = title;
    r.preamble = preamble;
    r.postscript = postscript;
    r.receivedOn = received;
    r.state = RequestState.OPEN;
    r.createdAt = Instant.now();
    r.persist();
    int n = 0;
    for (String text : questions) {
      Question q = new Question();
      q.request = r;
      q.number = ++n;
      q.text = text;
      q.persist();
    }
    RequesterContact c = new RequesterContact();
    c.request = r;
    c.name = requesterName;
    c.contact = requesterContact;
    c.persist();
    return r.systemReference;
  }
}
