package uk.foitracker.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.request.RequestState;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.release.PersonalDataScan;
import uk.foitracker.search.SearchIndex;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.Texts;
import uk.foitracker.web.ValidationProblem;

/**
 * Publishing a sent response to the disclosure log, keeping it out, and correcting it. Every
 * version the public sees is kept as a snapshot, written in one place ({@link
 * CaseVersions#append}).
 */
@ApplicationScoped
@Transactional
public class Publishing {
  public static final String LICENCE = "OGL-UK-3.0";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> UNSCANNED = Set.of("sha256", "href");

  private final AuditLog audit;
  private final Clock clock;
  private final CaseAssembler cases;
  private final CaseVersions versions;
  private final ObjectMapper json;
  private final SearchIndex search;

  Publishing(
      AuditLog audit,
      Clock clock,
      CaseAssembler cases,
      CaseVersions versions,
      ObjectMapper json,
      SearchIndex search) {
    this.audit = audit;
    this.clock = clock;
    this.cases = cases;
    this.versions = versions;
    this.json = json;
    this.search = search;
  }

  /** {@link #publish(String, Long, String, String)} without a version check. */
  public String publish(String ref, String slug, String actor) {
    return publish(ref, null, slug, actor);
  }

  /**
   * Publishes a sent response to the disclosure log at {@code slug}, as version 1. Refused when any
   * of the requester's personal data appears anywhere in what would be published.
   */
  public String publish(String ref, Long version, String slug, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    if (request.state != RequestState.SENT && request.state != RequestState.WITHHELD_FROM_LOG) {
      throw ValidationProblem.of(
          "slug",
          request.state == RequestState.PUBLISHED
              ? "The response is already published: publish a correction instead"
              : "Send the response before publishing it");
    }
    String s = slug == null ? "" : slug.strip();
    if (s.length() < 3 || s.length() > 120 || !SLUG.matcher(s).matches()) {
      throw ValidationProblem.of(
          "slug",
          "Enter a web address of 3 to 120 lower-case letters, digits and single hyphens, such as school-meals-2024");
    }
    if (FoiRequest.findBySlug(s).isPresent()) {
      throw ValidationProblem.of("slug", "Another case already has the web address " + s);
    }
    request.slug = s;
    request.publishedOn = LocalDate.now(clock);
    if (request.licence == null) {
      request.licence = LICENCE;
    }
    String before = request.state.name();
    request.state = RequestState.PUBLISHED;
    request.withheldReason = null;
    FoiRequest.flush();
    CaseView view = cases.draft(request);
    checkNoPersonalData(request, view);
    versions.append(request, view, null, actor, LocalDate.now(clock));
    audit.record(
        actor,
        "RESPONSE_PUBLISHED",
        "request",
        request.id,
        "Published to the disclosure log at /cases/" + s,
        before,
        RequestState.PUBLISHED.name());
    search.index(s); // searchable once this transaction commits
    return s;
  }

  /** {@link #withhold(String, Long, String, String)} without a version check. */
  public void withhold(String ref, String reason, String actor) {
    withhold(ref, null, reason, actor);
  }

  /** Keeps a sent response out of the disclosure log, with the reason. */
  public void withhold(String ref, Long version, String reason, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    if (request.state != RequestState.SENT && request.state != RequestState.WITHHELD_FROM_LOG) {
      throw ValidationProblem.of(
          "reason",
          request.state == RequestState.PUBLISHED
              ? "The response is already published"
              : "Send the response first");
    }
    String r = reason(reason, "Say why the response is not published");
    String before = request.state.name();
    request.state = RequestState.WITHHELD_FROM_LOG;
    request.withheldReason = r;
    audit.record(
        actor,
        "RESPONSE_WITHHELD",
        "request",
        request.id,
        "Not published to the disclosure log: " + r,
        before,
        RequestState.WITHHELD_FROM_LOG.name());
  }

  /** {@link #correct(String, Long, String, String)} without a version check. */
  public int correct(String ref, String reason, String actor) {
    return correct(ref, null, reason, actor);
  }

  /**
   * Publishes the response as it now stands as a new version, with the reason for the correction.
   */
  public int correct(String ref, Long version, String reason, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    if (request.state != RequestState.PUBLISHED) {
      throw ValidationProblem.of("reason", "Only a published response can be corrected");
    }
    String r = reason(reason, "Say what the correction changes and why");
    keepFirstVersion(request, actor);
    CaseView view = cases.draft(request);
    checkNoPersonalData(request, view, r);
    int number = versions.append(request, view, r, actor, LocalDate.now(clock));
    audit.record(
        actor,
        "CORRECTION_PUBLISHED",
        "request",
        request.id,
        "Published version " + number + ": " + r,
        null,
        null);
    search.index(request.slug); // the corrected text replaces the old once this commits
    return number;
  }

  /**
   * A published case with no version yet (imported) keeps what the public saw as version 1, before
   * anything about it changes.
   */
  public void keepFirstVersion(FoiRequest request, String actor) {
    if (request.state == RequestState.PUBLISHED && CaseVersion.latest(request).isEmpty()) {
      versions.append(
          request,
          cases.draft(request),
          null,
          actor,
          request.publishedOn == null ? LocalDate.now(clock) : request.publishedOn);
    }
  }

  private static String reason(String reason, String missing) {
    List<FieldError> errors = new ArrayList<>();
    String r = Texts.required(reason, "reason", missing, errors);
    if (r != null && r.length() > 2000) {
      errors.add(new FieldError("reason", "The reason must be 2,000 characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
    return r;
  }

  /**
   * The release check ({@link PersonalDataScan}): refuses publication when personal data of the
   * requester in any form, or anyone's on its face, is anywhere in what would be published. Each
   * hit is listed with where it is and the text around it, the personal data masked.
   */
  void checkNoPersonalData(FoiRequest request, CaseView view) {
    checkNoPersonalData(request, view, null);
  }

  /**
   * The release check before a response (or an instalment) is sent: it goes to the requester, so
   * their own data may be in it, but nobody else's (FOIA s.40(2)): a personal e-mail address, a
   * mobile number, a National Insurance number, a home address or a date of birth in any answer,
   * table, note, citation or notice text refuses the sending. The requester's own data is refused
   * later, at publishing.
   */
  public void checkBeforeSending(FoiRequest request) {
    List<FieldError> errors = new ArrayList<>();
    for (PersonalDataScan.Hit hit : scan(request).scanAll(texts(cases.draft(request)))) {
      if (!hit.kind().requesters()) {
        errors.add(new FieldError("publication", "Remove " + hit.message(" before sending")));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
  }

  private static PersonalDataScan scan(FoiRequest request) {
    RequesterContact contact =
        RequesterContact.<RequesterContact>find("request", request).firstResult();
    return contact == null
        ? PersonalDataScan.anyone()
        : PersonalDataScan.forRequester(
            new PersonalDataScan.Requester(
                contact.name, contact.contact, contact.address, request.requestText));
  }

  private Map<String, String> texts(CaseView view) {
    Map<String, String> texts = new LinkedHashMap<>();
    walk(json.valueToTree(view), "", texts);
    return texts;
  }

  /**
   * {@link #checkNoPersonalData(FoiRequest, CaseView)} with the reason for a correction, which is
   * published with the new version.
   */
  void checkNoPersonalData(FoiRequest request, CaseView view, String correctionReason) {
    PersonalDataScan scan = scan(request);
    List<FieldError> errors = new ArrayList<>();
    if (correctionReason != null) {
      for (PersonalDataScan.Hit hit :
          scan.scan("the reason for the correction", correctionReason)) {
        errors.add(new FieldError("reason", "Remove " + hit.message()));
      }
    }
    for (PersonalDataScan.Hit hit : scan.scanAll(texts(view))) {
      errors.add(new FieldError("publication", "Remove " + hit.message(" before publishing")));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
  }

  /** Every text of the published JSON by its path, e.g. {@code questions[0].text}. */
  private static void walk(JsonNode node, String path, Map<String, String> texts) {
    if (node.isTextual()) {
      texts.put(path.isEmpty() ? "the case" : path, node.asText());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", texts);
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (UNSCANNED.contains(f.getKey())) {
          continue; // a file's hash and link: not text anyone wrote
        }
        walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), texts);
      }
    }
  }
}
