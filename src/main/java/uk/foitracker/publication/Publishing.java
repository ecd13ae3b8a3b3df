package uk.foitracker.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.foitracker.answer.TableView;
import uk.foitracker.attachment.Attachments;
import uk.foitracker.audit.AuditLog;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.request.RequestState;
import uk.foitracker.request.RequesterContact;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.release.PersonalDataScan;
import uk.foitracker.rules.release.SecondarySuppression;
import uk.foitracker.search.SearchIndex;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;
import uk.foitracker.web.Texts;
import uk.foitracker.web.ValidationProblem;

/**
 * Publishing a sent response to the disclosure log, keeping it out, and correcting it. Every
 * version the public sees is kept as a snapshot, written in one place ({@link
 * CaseVersions#append}).
 */
@ApplicationScoped
@Named("publishing")
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
  private final Attachments attachments;
  private final int threshold;

  Publishing(
      AuditLog audit,
      Clock clock,
      CaseAssembler cases,
      CaseVersions versions,
      ObjectMapper json,
      SearchIndex search,
      Attachments attachments,
      @ConfigProperty(name = "foi.review.small-number-threshold", defaultValue = "5")
          int threshold) {
    this.attachments = attachments;
    this.threshold = threshold;
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
   * table, note, citation or notice text refuses the sending; so do a suppressed cell its totals
   * give away, a small count in a table of people, and an attachment's unconfirmed hidden content.
   * The requester's own data is refused later, at publishing. A hit an officer marked not personal
   * (with a reason, audited) no longer refuses.
   */
  public void checkBeforeSending(FoiRequest request) {
    List<FieldError> errors = new ArrayList<>();
    for (Found f : found(request, cases.draft(request), null)) {
      if (f.hit().open() && f.hit().blocksSending()) {
        errors.add(new FieldError(f.errorField(), f.message(" before sending")));
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
    List<FieldError> errors = new ArrayList<>();
    for (Found f : found(request, view, correctionReason)) {
      if (f.hit().open()) {
        errors.add(new FieldError(f.errorField(), f.message(" before publishing")));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblem(errors);
    }
  }

  /** A hit with the field its error belongs to and its error message. */
  private record Found(ReleaseHit hit, String errorField, PersonalDataScan.Hit personal) {
    String message(String when) {
      if (personal != null) {
        return "Remove "
            + (errorField.equals("reason") ? personal.message() : personal.message(when));
      }
      String fix = hit.fixes().isEmpty() ? "" : ". " + hit.fixes().get(0);
      return (when.isBlank() ? "" : capitalised(when.strip()) + ": ")
          + hit.label()
          + ": "
          + hit.context()
          + fix;
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static final List<String> PERSONAL_FIXES =
      List.of(
          "Redact it: edit the text and take it out",
          "Replace it with a pseudonym, such as \"the requester\" or \"a member of staff\"",
          "Mark it as not personal data, with the reason (audited)");

  /** Every hit in what would be released, each closed when an officer marked it not personal. */
  private List<Found> found(FoiRequest request, CaseView view, String correctionReason) {
    Map<String, ReleaseOverride> overrides = new LinkedHashMap<>();
    for (ReleaseOverride o : ReleaseOverride.of(request)) {
      overrides.put(o.hitKey, o);
    }
    PersonalDataScan scan = scan(request);
    List<Found> found = new ArrayList<>();
    List<PersonalDataScan.Hit> personal = new ArrayList<>();
    if (correctionReason != null) {
      personal.addAll(scan.scan("the reason for the correction", correctionReason));
    }
    int fromReason = personal.size();
    personal.addAll(scan.scanAll(texts(view)));
    List<Attachments.FileText> files = attachments.releasableText(request);
    for (Attachments.FileText f : files) {
      personal.addAll(scan.scan("attachments[" + f.number() + "].text", f.text()));
    }
    for (int i = 0; i < personal.size(); i++) {
      PersonalDataScan.Hit h = personal.get(i);
      ReleaseHit hit =
          new ReleaseHit(
              h.kind().name() + "@" + h.field() + "#" + h.offset(),
              h.kind().name(),
              h.kind().label(),
              h.field(),
              h.context(),
              PERSONAL_FIXES,
              !h.kind().requesters(),
              null,
              null);
      found.add(new Found(close(hit, overrides), i < fromReason ? "reason" : "publication", h));
    }
    List<TableView> tables = view.allTables();
    int threshold = request.authority.smallNumberThreshold(this.threshold);
    for (int t = 0; t < tables.size(); t++) {
      TableView table = tables.get(t);
      SecondarySuppression.Table facts = tableFacts(table);
      String where =
          "table " + (t + 1) + (table.caption() == null ? "" : " (" + table.caption() + ")");
      for (SecondarySuppression.Hit h : SecondarySuppression.derivable(facts, threshold)) {
        found.add(
            tableHit(
                overrides,
                "SECONDARY_SUPPRESSION",
                "a suppressed cell that can be worked out from its totals in " + where,
                t,
                h,
                List.of(
                    "Suppress a second cell in the same row and column (secondary suppression)",
                    "Or remove or round the total that gives it away",
                    "Or mark it as not personal data, with the reason (audited)")));
      }
      if (Boolean.TRUE.equals(table.countsPeople())) {
        for (SecondarySuppression.Hit h : SecondarySuppression.smallCounts(facts, threshold)) {
          found.add(
              tableHit(
                  overrides,
                  "SMALL_COUNT",
                  "a small number of people in " + where,
                  t,
                  h,
                  List.of(
                      "Suppress it: write \"<"
                          + threshold
                          + "\" or \"[c]\" in the cell, and a"
                          + " second cell in its row and column if the table has totals",
                      "Or mark it as not personal data, with the reason (audited)")));
        }
      }
    }
    for (Attachments.HiddenFile h : attachments.unconfirmedHiddenContent(request)) {
      ReleaseHit hit =
          new ReleaseHit(
              "HIDDEN_CONTENT@attachments[" + h.number() + "]#" + h.sha256(),
              "HIDDEN_CONTENT",
              "hidden content in attachment " + h.number() + " (" + h.name() + ")",
              "attachments[" + h.number() + "]",
              h.hidden(),
              List.of(
                  "Remove it from the file and upload the file again",
                  "Or confirm on the attachment that the hidden content may be released"),
              true,
              null,
              null);
      found.add(new Found(close(hit, overrides), "publication", null));
    }
    for (Attachments.FileText f : files) {
      if (f.unread() != null) {
        ReleaseHit hit =
            new ReleaseHit(
                "UNREAD_ATTACHMENT@attachments[" + f.number() + "]#" + f.sha256(),
                "UNREAD_ATTACHMENT",
                "attachment " + f.number() + " (" + f.name() + ") not fully checked",
                "attachments[" + f.number() + "]",
                f.name() + " " + f.unread(),
                List.of(
                    "Save it as a PDF, .docx, .xlsx, CSV or text file and upload it again",
                    "Or check it by hand for personal data and mark it as checked, with the"
                        + " reason (audited)"),
                true,
                null,
                null);
        found.add(new Found(close(hit, overrides), "publication", null));
      }
    }
    return found;
  }

  private static Found tableHit(
      Map<String, ReleaseOverride> overrides,
      String kind,
      String label,
      int table,
      SecondarySuppression.Hit h,
      List<String> fixes) {
    String field = "tables[" + table + "].rows[" + h.row() + "].cells[" + h.column() + "]";
    ReleaseHit hit =
        new ReleaseHit(
            kind + "@" + field, kind, label, field, h.derivation(), fixes, true, null, null);
    return new Found(close(hit, overrides), "publication", null);
  }

  private static ReleaseHit close(ReleaseHit hit, Map<String, ReleaseOverride> overrides) {
    ReleaseOverride o = overrides.get(hit.key());
    return o == null ? hit : hit.closedBy(o);
  }

  /** A table as the suppression arithmetic reads it: numbers, suppressed cells, anything else. */
  static SecondarySuppression.Table tableFacts(TableView table) {
    List<SecondarySuppression.Column> columns =
        table.columns().stream()
            .map(c -> new SecondarySuppression.Column(c.label(), c.total()))
            .toList();
    List<SecondarySuppression.Row> rows = new ArrayList<>();
    for (TableView.RowView r : table.rows()) {
      List<SecondarySuppression.Cell> cells = new ArrayList<>();
      for (TableView.CellView c : r.cells()) {
        String text = c.text() == null ? "" : c.text();
        SecondarySuppression.Cell cell;
        if (c.state() == CellState.VALUE && c.value() != null) {
          cell = SecondarySuppression.Cell.number(c.value(), text);
        } else if (c.state() == CellState.NIL) {
          cell = SecondarySuppression.Cell.number(0, text);
        } else if (c.state() == CellState.SUPPRESSED) {
          cell = SecondarySuppression.Cell.suppressed(text.isEmpty() ? "[c]" : text, null);
        } else {
          cell = SecondarySuppression.Cell.other(text);
        }
        cells.add(cell);
      }
      rows.add(new SecondarySuppression.Row(r.header(), r.total(), cells));
    }
    return new SecondarySuppression.Table(table.caption(), columns, rows);
  }

  /**
   * What the release check finds now in the response as it would be published (or, before it is
   * sent, as it would be sent): every hit, open or marked not personal.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReleaseHit> releaseCheck(String ref) {
    FoiRequest request = request(ref);
    return found(request, cases.draft(request), null).stream().map(Found::hit).toList();
  }

  /** {@link #releaseCheck(String)} with the counts of open hits, for the compose page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ReleaseReport releaseReport(String ref) {
    return ReleaseReport.of(releaseCheck(ref));
  }

  /**
   * Marks one hit as not personal data (or as data that may be released), with the reason: it no
   * longer refuses publishing or sending. Audited. Refused when the reason is missing or the hit is
   * not found now (the text changed since it was shown).
   */
  public ReleaseHit markNotPersonal(
      String ref, Long version, String key, String reason, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    String r = reason(reason, "Say why this is not personal data, or why it may be released");
    ReleaseHit hit =
        found(request, cases.draft(request), null).stream()
            .map(Found::hit)
            .filter(h -> h.key().equals(key))
            .findFirst()
            .orElseThrow(
                () ->
                    ValidationProblem.of(
                        "key", "The release check no longer finds this: check the response again"));
    if (!hit.open()) {
      return hit;
    }
    ReleaseOverride o = new ReleaseOverride();
    o.request = request;
    o.hitKey = key;
    o.kind = hit.kind();
    o.reason = r;
    o.decidedBy = actor;
    o.decidedAt = Instant.now(clock);
    o.persist();
    audit.record(
        actor,
        "RELEASE_HIT_NOT_PERSONAL",
        "request",
        request.id,
        "Marked not personal: "
            + hit.label()
            + " at "
            + hit.field()
            + " (\""
            + hit.context()
            + "\"): "
            + r,
        "OPEN",
        "NOT_PERSONAL");
    return hit.closedBy(o);
  }

  private static FoiRequest request(String ref) {
    return FoiRequest.findByReference(ref)
        .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref));
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
