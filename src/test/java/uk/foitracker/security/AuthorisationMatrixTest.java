package uk.foitracker.security;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.AUDITOR;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.OFFICER;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.OFFICER_OR_AUDITOR;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.PUBLIC;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.REQUESTER_WITH_CODE;
import static uk.foitracker.security.AuthorisationMatrixTest.Access.SIGNED_IN;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foitracker.audit.AuditEvent;
import uk.foitracker.authority.Authority;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.clock.ClockEventKind;
import uk.foitracker.compare.Batch;
import uk.foitracker.compare.BatchMember;
import uk.foitracker.compare.Batches;
import uk.foitracker.compare.LabelMapping;
import uk.foitracker.imports.Imports;
import uk.foitracker.mail.InboxFixtures;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.Logged;
import uk.foitracker.request.OfficerRequests;
import uk.foitracker.rules.AuthorityKind;
import uk.foitracker.status.FailedAttempts;
import uk.foitracker.status.StatusConfig;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Dates;

/**
 * Who may call what. The endpoints come from the app itself (every JAX-RS resource method under
 * uk.foitracker, the Vert.x routes with a path, and the OpenAPI document), so a new endpoint fails
 * {@link #everyEndpointIsClassified()} until it has a line in {@link #TABLE}. Each endpoint is then
 * called as anonymous, a signed-in person without a role, an officer, an auditor and a requester
 * holding the reference and access code of their own request, with real ids and with unknown ids: a
 * role that may not call it gets the sign-in redirect (pages), 401 (API, anonymous) or 403 (wrong
 * role), never the resource; a role that may gets it, and 404 for an unknown id.
 *
 * <p>The requester sends their reference and code with every call (query string, form or JSON body)
 * and gets what anonymous gets everywhere, except the status of their own request on the status
 * routes. {@link #noRequesterReachesAnothersRequest()} then tries every swap of one request's
 * reference with another's code on every status route: each answer is the one an unknown reference
 * gets, byte for byte, and each counts as a wrong try.
 */
@QuarkusTest
class AuthorisationMatrixTest {

  enum Access {
    /** Anyone, no sign-in. */
    PUBLIC,
    /** Any signed-in person (sends each role to its home). */
    SIGNED_IN,
    OFFICER,
    AUDITOR,
    OFFICER_OR_AUDITOR,
    /** Public address; what it gives depends on a reference and access code in a POST body. */
    REQUESTER_WITH_CODE
  }

  enum Who {
    ANONYMOUS,
    NO_ROLE,
    OFFICER,
    AUDITOR,
    /** No sign-in; holds the reference and access code of their own request and sends them. */
    REQUESTER
  }

  /** Every endpoint the app serves, by "METHOD /template". Vert.x routes: "* /path". */
  static final Map<String, Access> TABLE =
      Map.ofEntries(
          // public pages
          entry("GET /", PUBLIC),
          entry("GET /cases", PUBLIC),
          entry("GET /cases/{slug}", PUBLIC),
          entry("GET /cases/{slug}/versions/{version}", PUBLIC),
          entry("GET /cases/{slug}/tables/{number}.csv", PUBLIC),
          entry("GET /cases/{slug}/attachments/{number}", PUBLIC),
          entry("GET /cases.csv", PUBLIC),
          entry("GET /cases.atom", PUBLIC),
          entry("GET /deadline", PUBLIC),
          entry("GET /provisions", PUBLIC),
          entry("GET /provisions/{code}", PUBLIC),
          entry("GET /statistics", PUBLIC),
          entry("GET /statistics.csv", PUBLIC),
          entry("GET /statistics/authorities.csv", PUBLIC),
          entry("GET /a/{authority}", PUBLIC),
          entry("GET /a/{authority}/cases.csv", PUBLIC),
          entry("GET /a/{authority}/cases.atom", PUBLIC),
          entry("GET /a/{authority}/statistics", PUBLIC),
          entry("GET /a/{authority}/statistics.csv", PUBLIC),
          entry("GET /api/authorities", PUBLIC),
          entry("GET /api/authorities/{authority}", PUBLIC),
          // public API
          entry("GET /api/cases", PUBLIC),
          entry("GET /api/cases/{slug}", PUBLIC),
          entry("GET /api/cases/{slug}/versions", PUBLIC),
          entry("GET /api/cases/{slug}/versions/{version}", PUBLIC),
          entry("GET /api/deadline", PUBLIC),
          // sign-in
          entry("GET /sign-in", SIGNED_IN),
          // sign-out: a POST with the CSRF token; anyone may send it (it ends their own session)
          entry("POST /sign-out", PUBLIC),
          entry("GET /sign-out", PUBLIC),
          // officer pages
          entry("GET /officer/requests", OFFICER),
          entry("GET /officer/imports/new", OFFICER),
          entry("POST /officer/imports", OFFICER),
          entry("GET /officer/imports/{id}", OFFICER),
          entry("POST /officer/imports/{id}/confirm", OFFICER),
          entry("POST /officer/imports/{id}/abandon", OFFICER),
          entry("GET /officer/requests/new", OFFICER),
          entry("POST /officer/requests/new", OFFICER),
          entry("GET /officer/requests/{ref}", OFFICER),
          entry("GET /officer/requests/{ref}/logged", OFFICER),
          entry("POST /officer/requests/{ref}/events/{kind}", OFFICER),
          entry("POST /officer/requests/{ref}/assign", OFFICER),
          entry("POST /officer/requests/{ref}/details", OFFICER),
          entry("POST /officer/requests/{ref}/links", OFFICER),
          entry("POST /officer/requests/{ref}/correspondence", OFFICER),
          entry("POST /officer/requests/{ref}/links/{link}/remove", OFFICER),
          // corrections (issue 20): clock events, questions, a response already sent
          entry("GET /officer/requests/{ref}/events/{event}/correct", OFFICER),
          entry("POST /officer/requests/{ref}/events/{event}/correction", OFFICER),
          entry("POST /officer/requests/{ref}/events/{event}/withdrawal", OFFICER),
          entry("GET /officer/requests/{ref}/details/correct", OFFICER),
          entry("POST /officer/requests/{ref}/details/correction", OFFICER),
          entry("GET /officer/requests/{ref}/corrections", OFFICER),
          entry("POST /officer/requests/{ref}/corrections/questions/{number}/reword", OFFICER),
          entry("POST /officer/requests/{ref}/corrections/questions/{number}/split", OFFICER),
          entry("POST /officer/requests/{ref}/corrections/questions/{number}/merge", OFFICER),
          entry("POST /officer/requests/{ref}/corrections/questions/numbers", OFFICER),
          entry("POST /officer/requests/{ref}/corrections/answers/{position}", OFFICER),
          entry(
              "POST /officer/requests/{ref}/corrections/answers/{position}/tables/{table}/cell",
              OFFICER),
          entry(
              "POST /officer/requests/{ref}/corrections/answers/{position}/tables/{table}/removal",
              OFFICER),
          entry("POST /officer/requests/{ref}/corrections/citations/{position}", OFFICER),
          entry("GET /officer/requests/{ref}/acknowledgement", OFFICER),
          entry("GET /officer/requests/{ref}/acknowledgement.pdf", OFFICER),
          // officer letter settings
          entry("GET /officer/settings", OFFICER),
          entry("POST /officer/settings", OFFICER),
          entry("GET /api/authority/settings", OFFICER),
          entry("PUT /api/authority/settings", OFFICER),
          // batches and comparison (issue 22 item 4): public comparison, officer screens and API
          entry("GET /compare/{batch}", PUBLIC),
          entry("GET /compare/{batch}.csv", PUBLIC),
          entry("GET /compare/{batch}.json", PUBLIC),
          entry("GET /officer/batches", OFFICER),
          entry("POST /officer/batches", OFFICER),
          entry("GET /officer/batches/{batch}", OFFICER),
          entry("POST /officer/batches/{batch}/members", OFFICER),
          entry("POST /officer/batches/{batch}/members/remove", OFFICER),
          entry("GET /officer/batches/{batch}/labels", OFFICER),
          entry("POST /officer/batches/{batch}/labels", OFFICER),
          entry("POST /officer/batches/{batch}/labels/remove", OFFICER),
          entry("GET /api/batches", OFFICER),
          entry("POST /api/batches", OFFICER),
          entry("GET /api/batches/{batch}", OFFICER),
          entry("POST /api/batches/{batch}/members", OFFICER),
          entry("GET /api/batches/{batch}/suggestions", OFFICER),
          entry("POST /api/batches/{batch}/labels", OFFICER),
          entry("DELETE /api/batches/{batch}/labels/{number}", OFFICER),
          // officer: requests received by e-mail (drafts), and trying a waiting e-mail again
          entry("GET /officer/inbox", OFFICER),
          entry("GET /officer/inbox/{mail}", OFFICER),
          entry("GET /officer/inbox/{mail}/message.eml", OFFICER),
          entry("POST /officer/inbox/{mail}/confirm", OFFICER),
          entry("POST /officer/inbox/{mail}/discard", OFFICER),
          entry("POST /officer/outbox/{outbox}/retry", OFFICER),
          entry("POST /officer/requests/{ref}/acknowledgement-email", OFFICER),
          // officer compose pages
          entry("GET /officer/requests/{ref}/response", OFFICER),
          entry("GET /officer/requests/{ref}/response/letter", OFFICER),
          entry("GET /officer/requests/{ref}/response/questions", OFFICER),
          entry("GET /officer/requests/{ref}/response/answers", OFFICER),
          entry("GET /officer/requests/{ref}/response/citations", OFFICER),
          entry("GET /officer/requests/{ref}/response/cost", OFFICER),
          entry("GET /officer/requests/{ref}/response/notice", OFFICER),
          entry("GET /officer/requests/{ref}/response/send", OFFICER),
          entry("GET /officer/requests/{ref}/response/publish", OFFICER),
          entry("GET /officer/requests/{ref}/response/review", OFFICER),
          entry("GET /officer/requests/{ref}/response/sent", OFFICER),
          entry("GET /officer/requests/{ref}/response/published", OFFICER),
          entry("GET /officer/requests/{ref}/response/letter.pdf", OFFICER),
          entry("POST /officer/requests/{ref}/response/questions/{number}/outcome", OFFICER),
          entry("POST /officer/requests/{ref}/response/answers", OFFICER),
          entry("POST /officer/requests/{ref}/response/answers/{position}", OFFICER),
          entry("GET /officer/requests/{ref}/response/answers/{position}/tables/new", OFFICER),
          entry("POST /officer/requests/{ref}/response/answers/{position}/tables", OFFICER),
          entry(
              "POST /officer/requests/{ref}/response/answers/{position}/tables/{table}/remove",
              OFFICER),
          entry(
              "POST /officer/requests/{ref}/response/answers/{position}/tables/{table}/note",
              OFFICER),
          entry("POST /officer/requests/{ref}/response/questions/{number}/citations", OFFICER),
          entry("POST /officer/requests/{ref}/response/citations", OFFICER),
          entry("POST /officer/requests/{ref}/response/citations/{position}/remove", OFFICER),
          entry(
              "POST /officer/requests/{ref}/response/questions/{number}/citations/{position}/remove",
              OFFICER),
          entry("POST /officer/requests/{ref}/response/cost", OFFICER),
          entry("POST /officer/requests/{ref}/response/attachments", OFFICER),
          entry("GET /officer/requests/{ref}/response/attachments/{number}", OFFICER),
          entry("POST /officer/requests/{ref}/response/attachments/{number}/releasable", OFFICER),
          entry("POST /officer/requests/{ref}/response/release-check/not-personal", OFFICER),
          entry("POST /officer/requests/{ref}/response/notice", OFFICER),
          entry("POST /officer/requests/{ref}/response/licence", OFFICER),
          entry("POST /officer/requests/{ref}/response/send", OFFICER),
          entry("POST /officer/requests/{ref}/response/publish", OFFICER),
          entry("POST /officer/requests/{ref}/response/withhold", OFFICER),
          entry("POST /officer/requests/{ref}/response/corrections", OFFICER),
          entry("POST /officer/requests/{ref}/response/review", OFFICER),
          entry("POST /officer/requests/{ref}/response/review/decision", OFFICER),
          // requester: status with reference and access code (in the POST body only)
          entry("GET /status", PUBLIC),
          // anyone: check a refusal notice pasted as text (nothing stored)
          entry("GET /check-a-refusal", PUBLIC),
          entry("POST /check-a-refusal", PUBLIC),
          entry("POST /api/notices/check", PUBLIC),
          entry("POST /status", REQUESTER_WITH_CODE),
          entry("POST /api/status", REQUESTER_WITH_CODE),
          // officer API
          entry("POST /api/requests", OFFICER),
          entry("POST /api/imports", OFFICER),
          entry("GET /api/imports/{id}", OFFICER),
          entry("POST /api/imports/{id}/confirm", OFFICER),
          entry("DELETE /api/imports/{id}", OFFICER),
          entry("POST /api/requests/{ref}/clock-events", OFFICER),
          entry("PUT /api/requests/{ref}/details", OFFICER),
          entry("PATCH /api/requests/{ref}", OFFICER),
          entry("POST /api/requests/{ref}/links", OFFICER),
          entry("POST /api/requests/{ref}/correspondence", OFFICER),
          entry("DELETE /api/requests/{ref}/links/{link}", OFFICER),
          entry("POST /api/requests/{ref}/clock-events/{event}/correction", OFFICER),
          entry("POST /api/requests/{ref}/clock-events/{event}/withdrawal", OFFICER),
          entry("PUT /api/requests/{ref}/questions/{number}", OFFICER),
          entry("POST /api/requests/{ref}/questions/{number}/split", OFFICER),
          entry("POST /api/requests/{ref}/questions/{number}/merge", OFFICER),
          entry("PUT /api/requests/{ref}/questions/numbers", OFFICER),
          entry("POST /api/responses/{ref}/sent-corrections/answers/{position}", OFFICER),
          entry(
              "POST /api/responses/{ref}/sent-corrections/answers/{position}/tables/{table}/cells",
              OFFICER),
          entry("POST /api/responses/{ref}/sent-corrections/citations/{position}", OFFICER),
          entry("GET /api/responses/{ref}", OFFICER),
          entry("POST /api/responses/{ref}/answers", OFFICER),
          entry("PUT /api/responses/{ref}/answers/{position}", OFFICER),
          entry("PUT /api/responses/{ref}/questions/{number}/outcome", OFFICER),
          entry("POST /api/responses/{ref}/answers/{position}/tables/preview", OFFICER),
          entry("POST /api/responses/{ref}/answers/{position}/tables", OFFICER),
          entry("POST /api/responses/{ref}/answers/{position}/tables/file", OFFICER),
          entry("DELETE /api/responses/{ref}/answers/{position}/tables/{table}", OFFICER),
          entry("PUT /api/responses/{ref}/answers/{position}/tables/{table}/note", OFFICER),
          entry("POST /api/responses/{ref}/questions/{number}/citations", OFFICER),
          entry("DELETE /api/responses/{ref}/questions/{number}/citations/{position}", OFFICER),
          entry("POST /api/responses/{ref}/citations", OFFICER),
          entry("DELETE /api/responses/{ref}/citations/{position}", OFFICER),
          entry("PUT /api/responses/{ref}/cost-assessment", OFFICER),
          entry("GET /api/responses/{ref}/attachments", OFFICER),
          entry("POST /api/responses/{ref}/attachments", OFFICER),
          entry("GET /api/responses/{ref}/attachments/{number}", OFFICER),
          entry("PUT /api/responses/{ref}/attachments/{number}/releasable", OFFICER),
          entry("GET /api/responses/{ref}/release-check", OFFICER),
          entry("POST /api/responses/{ref}/release-check/not-personal", OFFICER),
          entry("PUT /api/responses/{ref}/notice", OFFICER),
          entry("PUT /api/responses/{ref}/licence", OFFICER),
          entry("GET /api/responses/{ref}/letter", OFFICER),
          entry("GET /api/responses/{ref}/letter.pdf", OFFICER),
          entry("POST /api/responses/{ref}/send", OFFICER),
          entry("POST /api/responses/{ref}/publish", OFFICER),
          entry("POST /api/responses/{ref}/withhold", OFFICER),
          entry("POST /api/responses/{ref}/corrections", OFFICER),
          entry("POST /api/responses/{ref}/review", OFFICER),
          entry("PUT /api/responses/{ref}/review", OFFICER),
          entry("GET /api/responses/{ref}/reviews", OFFICER),
          entry("POST /api/responses/{ref}/reviews", OFFICER),
          entry("PUT /api/responses/{ref}/reviews/{number}", OFFICER),
          // officers and auditors
          entry("GET /api/requests", OFFICER_OR_AUDITOR),
          entry("GET /api/requests/{ref}", OFFICER_OR_AUDITOR),
          entry("GET /api/requests/{ref}/questions", OFFICER_OR_AUDITOR),
          // auditor pages and API
          entry("GET /audit/requests", AUDITOR),
          entry("GET /audit/requests/{ref}", AUDITOR),
          entry("GET /audit/refusals", AUDITOR),
          entry("GET /audit/cases/{ref}", AUDITOR),
          entry("GET /audit/cases/{ref}/letter", AUDITOR),
          entry("POST /audit/refusals/marks", AUDITOR),
          entry("GET /audit/statistics", AUDITOR),
          entry("GET /audit/statistics.csv", AUDITOR),
          entry("GET /audit/statistics.xlsx", AUDITOR),
          entry("GET /audit/trail", AUDITOR),
          entry("GET /api/audit/findings", AUDITOR),
          // framework endpoints and static files (served by Vert.x routes, not JAX-RS)
          entry("GET /q/health", PUBLIC),
          entry("GET /q/openapi", PUBLIC),
          entry("GET /q/swagger-ui/", PUBLIC),
          entry("GET /static/app.css", PUBLIC),
          entry("GET /static/app.js", PUBLIC));

  /** Endpoints in the table that are not JAX-RS resource methods. */
  static final Set<String> FRAMEWORK =
      Set.of(
          "GET /q/health",
          "GET /q/openapi",
          "GET /q/swagger-ui/",
          "GET /static/app.css",
          "GET /static/app.js");

  /** The Vert.x routes with a path: Quarkus REST on "/" and the framework's "/q/" router. */
  static final Set<String> VERTX_ROUTES = Set.of("* /", "* /q/");

  /** Query strings that a GET needs to give its normal answer. */
  static final Map<String, String> QUERIES =
      Map.of("/api/deadline", "?received=2023-04-28&regime=FOIA");

  @Inject OfficerRequests officer;
  @Inject Clock clock;
  @Inject Routes routes;
  @Inject FailedAttempts attempts;
  @Inject StatusConfig statusConfig;
  @Inject Imports importsBean;
  @Inject Batches batchesBean;

  /** A batch, for every {batch} route called with a known id. */
  private static String batch;

  /** The importer, to make a proposal for each {id} route called with a known id. */
  private static Imports imports;

  /** The requester's own request (also the request every {ref} route is called with). */
  private static String ref;

  private static String code;

  /** Another requester's request, waiting for clarification, and what its status would show. */
  private static Logged other;

  private static List<String> othersFacts;

  /**
   * A published case with at least one version; null if there is none (the seed has no history).
   */
  private static String versioned;

  /** A clock event of {@link #ref}. */
  private static long eventId;

  /** The second authority of the authority axis, and a request of it. */
  static final String DURHAM = "durham-constabulary";

  private static String durhamRef;

  private static final AtomicInteger CROSS_CALLS = new AtomicInteger();
  private static final AtomicInteger CROSS_UNEXPECTED = new AtomicInteger();

  private static final Map<Who, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static final Set<String> CELLS = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger DENIED = new AtomicInteger();
  private static final AtomicInteger ALLOWED = new AtomicInteger();
  private static final AtomicInteger NOT_FOUND = new AtomicInteger();
  private static final AtomicInteger UNEXPECTED_ALLOWS = new AtomicInteger();
  private static final AtomicInteger OWN_STATUS = new AtomicInteger();
  private static final AtomicInteger CROSS_TRIES = new AtomicInteger();

  @BeforeEach
  void plant() {
    imports = importsBean;
    if (batch == null) {
      batch =
          batchesBean
              .create("Authorisation matrix batch " + System.nanoTime(), "How many?", "olive")
              .slug();
    }
    if (ref == null) {
      Logged own =
          Planted.logged(
              officer, clock, 2, "Authorisation matrix " + System.nanoTime(), "How many?");
      ref = own.reference();
      code = own.accessCode();
      // a clock event of the officer's own request, for the routes that correct one
      LocalDate yesterday = LocalDate.now(clock).minusDays(1);
      for (ClockEventKind kind :
          List.of(ClockEventKind.CLARIFICATION_REQUESTED, ClockEventKind.CLARIFICATION_RECEIVED)) {
        long v =
            QuarkusTransaction.requiringNew()
                .call(() -> FoiRequest.findByReference(ref).orElseThrow().version);
        officer.recordClockEvent(ref, v, kind, DateField.of(yesterday), DateField.empty(), "olive");
      }
      eventId =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      ClockEventEntry.forRequest(FoiRequest.findByReference(ref).orElseThrow())
                          .get(0)
                          .id);
      LocalDate received = LocalDate.now(clock).minusDays(9);
      LocalDate asked = LocalDate.now(clock).minusDays(1);
      String summary = "Another requester's request " + System.nanoTime();
      other = Planted.logged(officer, clock, 9, summary, "How many others?");
      long version =
          QuarkusTransaction.requiringNew()
              .call(() -> FoiRequest.findByReference(other.reference()).orElseThrow().version);
      officer.recordClockEvent(
          other.reference(),
          version,
          ClockEventKind.CLARIFICATION_REQUESTED,
          DateField.of(asked),
          DateField.empty(),
          "olive");
      othersFacts =
          List.of(
              other.reference(),
              summary,
              "How many others?",
              Planted.NAME,
              received.toString(),
              Dates.withDay(received),
              asked.toString(),
              Dates.withDay(asked),
              "AWAITING_CLARIFICATION",
              "waiting for your clarification");
      versioned = versionedCase();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                // another test (the compare test) may have made Durham already, without a prefix
                Authority a =
                    Authority.findBySlug(DURHAM)
                        .orElseGet(
                            () -> {
                              Authority n = new Authority();
                              n.name = "Durham Constabulary";
                              n.slug = DURHAM;
                              n.applyKind(AuthorityKind.POLICE);
                              n.persist();
                              return n;
                            });
                a.referencePrefix = "DUR";
              });
      // logged on a thread of its own, outside the test's request (whoever the first test signs in
      // as, olive holds only Leicester): work with nobody signed in files under the slug named
      durhamRef =
          CompletableFuture.supplyAsync(
                  () ->
                      officer
                          .log(
                              Planted.draft(
                                  clock,
                                  3,
                                  "Durham's own request " + System.nanoTime(),
                                  "How many?"),
                              "dora",
                              false,
                              DURHAM)
                          .reference())
              .join();
    }
  }

  /**
   * The authority axis: an officer of Durham Constabulary calls every route about a request with
   * Leicester City Council's request (and olive, an officer of Leicester by default, with
   * Durham's): each answers exactly as an unknown reference does, and nothing of the other's
   * request changes (its version, its audit events). The queue and its search list none of the
   * other's requests.
   */
  @Test
  @TestSecurity(
      user = "dora",
      roles = {"officer", "authority:" + DURHAM})
  void officerOfAnotherAuthority() {
    assertThat(durhamRef).startsWith("DUR-FOI-");
    assertThat(crossAuthority(Who.OFFICER, ref, durhamRef, LEICESTER, DURHAM))
        .as("cross-authority answers for Durham's officer")
        .isEmpty();
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officerOfLeicesterOnDurhamsRequest() {
    assertThat(crossAuthority(Who.OFFICER, durhamRef, ref, DURHAM, LEICESTER))
        .as("cross-authority answers for Leicester's officer")
        .isEmpty();
  }

  @Test
  @TestSecurity(
      user = "audrey",
      roles = {"auditor", "authority:" + DURHAM})
  void auditorOfOneAuthority() {
    assertThat(crossAuthority(Who.AUDITOR, ref, durhamRef, LEICESTER, DURHAM))
        .as("cross-authority answers for Durham's auditor")
        .isEmpty();
  }

  /** An auditor of every authority (a regulator) reads both authorities' requests. */
  @Test
  @TestSecurity(
      user = "rita",
      roles = {"auditor", "authority:*"})
  void auditorOfEveryAuthority() {
    for (String r : List.of(ref, durhamRef)) {
      given().get("/api/requests/" + r).then().statusCode(200);
      given().redirects().follow(false).get("/audit/requests/" + r).then().statusCode(200);
    }
  }

  /** The installation's own authority (olive's, by default). */
  static final String LEICESTER = "leicester-city-council";

  /** The path parameters that name an object owned by an authority, and an unknown value each. */
  static final Map<String, String> OWNED =
      Map.of(
          "ref", "FOI-2099-99999",
          "id", "00000000-0000-0000-0000-000000000000",
          "mail", "999999",
          "outbox", "999999",
          "batch", "no-such-batch");

  /**
   * The authority axis, for every route in {@link #TABLE} that {@code who} may call and that is not
   * public: a route naming an object (a request {ref}, an import proposal {id}, an e-mailed request
   * {mail}, an outbox mail {outbox}, a batch {batch}) is called with the other authority's object
   * and with an unknown id: the same status, 404 for a read (a batch is read across authorities:
   * its comparison is public; changing it is refused as for an unknown batch), and the other's
   * object unchanged (its version, state, audit events). A route naming none (lists, counts, forms,
   * settings) must not name the other authority's requests or e-mails, and its figures are the
   * user's own authority's.
   */
  private List<String> crossAuthority(
      Who who, String theirs, String own, String theirSlug, String ownSlug) {
    List<String> wrong = new ArrayList<>();
    // the other authority's objects, one of each kind
    String proposal =
        imports.proposeText("You asked:\n1. How many?\n\nWe hold 3.", "other", theirSlug);
    long mail = InboxFixtures.draft(theirSlug);
    long outbox = InboxFixtures.queued(theirs);
    String theirBatch = batchOf(theirSlug);
    Map<String, String> objects =
        Map.of(
            "ref", theirs,
            "id", proposal,
            "mail", String.valueOf(mail),
            "outbox", String.valueOf(outbox),
            "batch", theirBatch);
    long versionBefore = version(theirs);
    long eventsBefore = events(theirs);
    String mailBefore = InboxFixtures.state(mail);
    long mailEventsBefore = events("mail_inbox", mail);
    String outboxBefore = InboxFixtures.outboxState(outbox);
    String batchBefore = batchState(theirBatch);
    List<String> theirRefs = theirs.equals(ref) ? List.of(ref, other.reference()) : List.of(theirs);
    // page forms carry the CSRF token, so that a write reaches the resource (not refused by it)
    StatusForm form = who == Who.OFFICER ? csrf("/officer/requests/new") : csrf("/status");
    for (var e : new TreeMap<>(TABLE).entrySet()) {
      String method = e.getKey().substring(0, e.getKey().indexOf(' '));
      String template = e.getKey().substring(e.getKey().indexOf(' ') + 1);
      Access access = e.getValue();
      if (access == PUBLIC
          || access == SIGNED_IN
          || access == REQUESTER_WITH_CODE
          || !allows(access, who)) {
        continue;
      }
      String param =
          OWNED.keySet().stream()
              .filter(p -> template.contains("{" + p + "}"))
              .findFirst()
              .orElse(null);
      CELLS.add(who + " of another authority " + e.getKey());
      if (param == null) {
        String path = fill(template, true) + QUERIES.getOrDefault(template, "");
        Response r = crossCall(method, path, form);
        CROSS_CALLS.incrementAndGet();
        String body = r.asString();
        if (r.statusCode() >= 500 || r.statusCode() == 401 || r.statusCode() == 403) {
          wrong.add(method + " " + path + ": got " + r.statusCode());
        }
        for (String t : theirRefs) {
          if (names(body, t)) {
            CROSS_UNEXPECTED.incrementAndGet();
            wrong.add(method + " " + path + " names the other authority's request " + t);
          }
        }
        if (body.contains("/officer/inbox/" + mail + "\"")) {
          CROSS_UNEXPECTED.incrementAndGet();
          wrong.add(method + " " + path + " lists the other authority's e-mailed request");
        }
        continue;
      }
      String knownPath = fill(template.replace("{" + param + "}", objects.get(param)), true);
      String unknownPath = fill(template.replace("{" + param + "}", OWNED.get(param)), true);
      Response unknown = crossCall(method, unknownPath, form);
      Response other = crossCall(method, knownPath, form);
      CROSS_CALLS.addAndGet(2);
      boolean readAcross = param.equals("batch") && method.equals("GET");
      boolean ok =
          readAcross
              ? other.statusCode() == 200
              : other.statusCode() == unknown.statusCode()
                  && (!method.equals("GET") || other.statusCode() == 404);
      if (!ok) {
        CROSS_UNEXPECTED.incrementAndGet();
        wrong.add(
            method
                + " "
                + knownPath
                + ": another authority's "
                + param
                + " gave "
                + other.statusCode()
                + ", an unknown one "
                + unknown.statusCode());
      }
      if (!readAcross
          && other.asString().contains(objects.get(param))
          && !unknown.asString().contains(OWNED.get(param))) {
        wrong.add(method + " " + knownPath + ": the answer names the other authority's object");
      }
    }
    // settings: the user's own authority's; the other's answers as an unknown authority does
    Response mineSettings = given().redirects().follow(false).get("/api/authority/settings");
    CROSS_CALLS.incrementAndGet();
    if (who == Who.OFFICER) {
      String ownName =
          QuarkusTransaction.requiringNew().call(() -> Authority.findBySlug(ownSlug).get().name);
      if (mineSettings.statusCode() != 200
          || !ownName.equals(mineSettings.jsonPath().getString("authority"))) {
        CROSS_UNEXPECTED.incrementAndGet();
        wrong.add("GET /api/authority/settings: not " + ownName + "'s settings");
      }
      for (String m : List.of("GET", "PUT")) {
        for (String path : List.of("/api/authority/settings", "/officer/settings")) {
          if (path.startsWith("/officer") && m.equals("PUT")) {
            continue;
          }
          Response theirsR = call(m, path + "?authority=" + theirSlug, false);
          Response unknownR = call(m, path + "?authority=no-such-authority", false);
          CROSS_CALLS.addAndGet(2);
          if (theirsR.statusCode() != unknownR.statusCode() || theirsR.statusCode() != 404) {
            CROSS_UNEXPECTED.incrementAndGet();
            wrong.add(
                m
                    + " "
                    + path
                    + "?authority="
                    + theirSlug
                    + ": gave "
                    + theirsR.statusCode()
                    + ", an unknown authority "
                    + unknownR.statusCode());
          }
        }
      }
    }
    if (version(theirs) != versionBefore) {
      wrong.add("the other authority's request changed (its version)");
    }
    if (events(theirs) != eventsBefore) {
      wrong.add("the other authority's request gained audit events");
    }
    if (!InboxFixtures.state(mail).equals(mailBefore)
        || events("mail_inbox", mail) != mailEventsBefore) {
      wrong.add("the other authority's e-mailed request changed");
    }
    if (!InboxFixtures.outboxState(outbox).equals(outboxBefore)) {
      wrong.add("the other authority's outbox mail changed");
    }
    if (!batchState(theirBatch).equals(batchBefore)) {
      wrong.add("the other authority's batch changed");
    }
    if (!imports.isKept(proposal)) {
      wrong.add("the other authority's import proposal was confirmed or abandoned");
    }
    List<String> lists =
        who == Who.OFFICER
            ? List.of(
                "/officer/requests?state=ALL",
                "/officer/requests?state=ALL&q=" + theirs,
                "/api/requests?state=ALL",
                "/api/requests?state=ALL&q=" + theirs,
                "/officer/inbox")
            : List.of(
                "/audit/requests?state=ALL",
                "/audit/requests?state=ALL&q=" + theirs,
                "/api/requests?state=ALL",
                "/audit/trail",
                "/audit/trail?reference=" + theirs,
                "/audit/refusals",
                "/api/audit/findings",
                "/audit/statistics");
    for (String list : lists) {
      Response r = given().redirects().follow(false).get(list);
      CROSS_CALLS.incrementAndGet();
      if (r.statusCode() != 200) {
        wrong.add(list + ": got " + r.statusCode());
      } else if (!list.contains(theirs)
          ? names(r.asString(), theirs)
          : Jsoup.parse(r.asString()).select("a[href]").stream()
              .map(a -> a.attr("href"))
              .anyMatch(h -> names(h.contains("?") ? h.substring(0, h.indexOf('?')) : h, theirs))) {
        // (a page echoes the reference searched for, in its form and its links' queries: then
        // only its links to requests count)
        CROSS_UNEXPECTED.incrementAndGet();
        wrong.add(list + " lists the other authority's request");
      }
    }
    if (who == Who.AUDITOR) {
      // the figures are counted from the auditor's own authority's requests only
      long ownCount =
          QuarkusTransaction.requiringNew().call(() -> FoiRequest.count("authority.slug", ownSlug));
      String counted =
          Jsoup.parse(given().get("/audit/statistics").asString()).select("#counted").text();
      String reviewed =
          Jsoup.parse(given().get("/audit/refusals").asString()).select("#reviewed").text();
      CROSS_CALLS.addAndGet(2);
      String figure = String.format(Locale.UK, "%,d requests", ownCount);
      if (!counted.contains("from " + figure)) {
        CROSS_UNEXPECTED.incrementAndGet();
        wrong.add(
            "/audit/statistics is not counted from the " + figure + " of its own: " + counted);
      }
      if (!reviewed.contains("from " + figure)) {
        CROSS_UNEXPECTED.incrementAndGet();
        wrong.add(
            "/audit/refusals is not reviewed from the " + figure + " of its own: " + reviewed);
      }
      Response findings = given().get("/api/audit/findings");
      CROSS_CALLS.incrementAndGet();
      String cases = findings.header("X-Case-Count");
      if (cases == null || Long.parseLong(cases) > ownCount) {
        CROSS_UNEXPECTED.incrementAndGet();
        wrong.add("/api/audit/findings counts " + cases + " cases, more than its own requests");
      }
    }
    Response mine = given().redirects().follow(false).get("/api/requests/" + own);
    CROSS_CALLS.incrementAndGet();
    if (mine.statusCode() != 200) {
      wrong.add("their own authority's request: got " + mine.statusCode());
    }
    return wrong;
  }

  /**
   * Whether a text names a reference as itself (not inside a longer one: FOI-2026-00001 is not
   * named by DUR-FOI-2026-00001 nor by FOI-2026-000012).
   */
  private static boolean names(String text, String reference) {
    return Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(reference) + "(?![0-9])")
        .matcher(text)
        .find();
  }

  /** A page's CSRF cookie and token. */
  private static StatusForm csrf(String page) {
    Response r = given().redirects().follow(false).get(page);
    String token = Jsoup.parse(r.asString()).select("input[name=" + StatusForm.CSRF + "]").val();
    return new StatusForm(r.getCookie(StatusForm.CSRF), token);
  }

  /** A call of the authority axis: as {@link #call}, a page's form with the CSRF token. */
  private static Response crossCall(String method, String path, StatusForm form) {
    boolean body = !method.equals("GET") && !method.equals("DELETE");
    if (!body || path.startsWith("/api/") || form.cookie() == null) {
      return call(method, path, false);
    }
    return given()
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .cookie(StatusForm.CSRF, form.cookie())
        .formParam(StatusForm.CSRF, form.token())
        .formParam("x", "1")
        .request(method, path);
  }

  /** A new batch of an authority (as if one of its officers made it). */
  private String batchOf(String slug) {
    String made =
        batchesBean.create("Cross-authority batch " + System.nanoTime(), "How many?", "x").slug();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Batch.findBySlug(made).orElseThrow().authority =
                    Authority.findBySlug(slug).orElseThrow());
    return made;
  }

  /** A batch's members, label mappings and audit events, to see that nothing changed. */
  private static String batchState(String slug) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Batch b = Batch.findBySlug(slug).orElseThrow();
              return BatchMember.count("batch", b)
                  + " members, "
                  + LabelMapping.count("batch", b)
                  + " mappings, "
                  + b.title
                  + ", "
                  + AuditEvent.count("subjectType = 'batch' and subjectId = ?1", b.id)
                  + " events";
            });
  }

  private static long events(String type, long id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> AuditEvent.count("subjectType = ?1 and subjectId = ?2", type, id));
  }

  private static long version(String reference) {
    return QuarkusTransaction.requiringNew()
        .call(() -> FoiRequest.findAnyByReference(reference).orElseThrow().version);
  }

  private static long events(String reference) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                AuditEvent.count(
                    "subjectType = 'request' and subjectId = ?1",
                    FoiRequest.findAnyByReference(reference).orElseThrow().id));
  }

  @Test
  void everyEndpointIsClassified() {
    Set<String> served = new TreeSet<>(Routes.jaxRsEndpoints());
    served.addAll(openApiOperations());
    served.addAll(FRAMEWORK);
    Set<String> unclassified = new TreeSet<>(served);
    unclassified.removeAll(TABLE.keySet());
    assertThat(unclassified)
        .as("endpoints the app serves that are not in the access table: classify them")
        .isEmpty();
    Set<String> gone = new TreeSet<>(TABLE.keySet());
    gone.removeAll(served);
    assertThat(gone).as("endpoints in the table that the app no longer serves").isEmpty();
    assertThat(routes.vertxRoutes())
        .as("Vert.x routes registered outside JAX-RS: add them to the table and FRAMEWORK")
        .isSubsetOf(VERTX_ROUTES);
  }

  @Test
  void anonymous() {
    runMatrix(Who.ANONYMOUS);
  }

  @Test
  @TestSecurity(user = "somebody", roles = "requester")
  void signedInWithoutARole() {
    runMatrix(Who.NO_ROLE);
  }

  @Test
  @TestSecurity(user = "olive", roles = "officer")
  void officer() {
    runMatrix(Who.OFFICER);
  }

  @Test
  @TestSecurity(user = "adam", roles = "auditor")
  void auditor() {
    runMatrix(Who.AUDITOR);
  }

  @Test
  void requesterWithCode() {
    attempts.clear();
    try {
      runMatrix(Who.REQUESTER);
    } finally {
      attempts.clear();
    }
  }

  /**
   * With request A's access code, asking about request B (and with B's code about A) on every
   * status route, the reference and code typed exactly or loosely: each answer is byte for byte the
   * answer to a reference that does not exist, shows nothing of B, and counts as a wrong try (after
   * max-failures of them the requester's own, correct check is refused with 429).
   */
  @Test
  void noRequesterReachesAnothersRequest() {
    Map<String, String[]> swaps = new LinkedHashMap<>();
    swaps.put("B's reference with A's code", new String[] {other.reference(), code});
    swaps.put(
        "B's reference typed loosely with A's code",
        new String[] {"  " + other.reference().toLowerCase(Locale.ROOT) + " ", code});
    swaps.put(
        "B's reference with A's code typed loosely",
        new String[] {other.reference(), code.toLowerCase(Locale.ROOT).replace("-", " ")});
    swaps.put("A's reference with B's code", new String[] {ref, other.accessCode()});
    swaps.put(
        "B's reference with A's and B's codes run together",
        new String[] {other.reference(), code + other.accessCode()});
    int max = statusConfig.maxFailures();
    List<String> wrong = new ArrayList<>();
    try {
      for (String route : List.of("POST /status", "POST /api/status")) {
        attempts.clear();
        StatusForm form = route.equals("POST /status") ? StatusForm.open() : null;
        Response unknown = status(route, form, "FOI-2099-99999", code);
        String baseline = unknown.asString();
        if (unknown.statusCode() != 404) {
          wrong.add(route + " unknown reference: expected 404, got " + unknown.statusCode());
        }
        for (var swap : swaps.entrySet()) {
          attempts.clear();
          for (int i = 0; i < max; i++) {
            Response r = status(route, form, swap.getValue()[0], swap.getValue()[1]);
            CROSS_TRIES.incrementAndGet();
            String body = r.asString();
            if (r.statusCode() != 404 || !body.equals(baseline)) {
              wrong.add(
                  route
                      + " "
                      + swap.getKey()
                      + ": expected the unknown-reference answer, got "
                      + r.statusCode());
            }
            othersFacts.stream()
                .filter(body::contains)
                .forEach(f -> wrong.add(route + " " + swap.getKey() + " shows " + f));
          }
          int counted = status(route, form, ref, code).statusCode();
          if (counted != 429) {
            wrong.add(
                route
                    + " "
                    + swap.getKey()
                    + ": not counted as wrong tries (own check then gave "
                    + counted
                    + ", expected 429)");
          }
          attempts.clear();
          int own = status(route, form, ref, code).statusCode();
          if (own != 200) {
            wrong.add(route + ": the requester's own check gave " + own);
          }
        }
      }
      // a GET never checks anything: the codes in a query string show an empty form
      Response get =
          given()
              .queryParam("reference", other.reference())
              .queryParam("accessCode", code)
              .get("/status");
      CROSS_TRIES.incrementAndGet();
      if (get.statusCode() != 200 || get.asString().contains("id=\"state\"")) {
        wrong.add("GET /status with B's reference and A's code: got " + get.statusCode());
      }
      othersFacts.stream()
          .filter(get.asString()::contains)
          .forEach(f -> wrong.add("GET /status?reference=B&accessCode=A shows " + f));
    } finally {
      attempts.clear();
    }
    assertThat(wrong).as("a requester reached another's request").isEmpty();
  }

  @AfterAll
  static void summary() {
    System.out.printf(
        "Authorisation matrix, authority axis: %d calls across two authorities, %d unexpected"
            + " allows (0 cross-authority reads or writes expected)%n",
        CROSS_CALLS.get(), CROSS_UNEXPECTED.get());
    System.out.printf(
        "Authorisation matrix: %d endpoints x %d identities %s = %d cells, %d calls; %d allowed"
            + " as expected (%d the requester's own status), %d denied as expected, %d unknown-id"
            + " 404s; %d unexpected allows; %d cross-request status tries (A's code for B and"
            + " swaps) all answered as an unknown reference and counted as wrong tries%n",
        TABLE.size(),
        CALLS.size(),
        CALLS.keySet(),
        CELLS.size(),
        CALLS.values().stream().mapToInt(AtomicInteger::get).sum(),
        ALLOWED.get(),
        OWN_STATUS.get(),
        DENIED.get(),
        NOT_FOUND.get(),
        UNEXPECTED_ALLOWS.get(),
        CROSS_TRIES.get());
  }

  private void runMatrix(Who who) {
    List<String> wrong = new ArrayList<>();
    for (var e : new TreeMap<>(TABLE).entrySet()) {
      String method = e.getKey().substring(0, e.getKey().indexOf(' '));
      String template = e.getKey().substring(e.getKey().indexOf(' ') + 1);
      boolean allowed = allows(e.getValue(), who);
      CELLS.add(who + " " + e.getKey());
      if (who == Who.REQUESTER && e.getValue() == REQUESTER_WITH_CODE) {
        CALLS.computeIfAbsent(who, w -> new AtomicInteger()).incrementAndGet();
        String problem = ownStatus(e.getKey());
        if (problem != null) {
          wrong.add(who + " " + e.getKey() + ": " + problem);
        }
        continue;
      }
      for (boolean known : new boolean[] {true, false}) {
        if (!known && !template.contains("{")) {
          continue;
        }
        String path = fill(template, known) + QUERIES.getOrDefault(template, "");
        Response r = call(method, path, who == Who.REQUESTER);
        CALLS.computeIfAbsent(who, w -> new AtomicInteger()).incrementAndGet();
        String problem = judge(who, method, path, allowed, known, r);
        if (problem != null) {
          wrong.add(who + " " + method + " " + path + ": " + problem);
        }
      }
    }
    assertThat(wrong).as("unexpected answers for " + who).isEmpty();
  }

  private static boolean allows(Access access, Who who) {
    return switch (access) {
      case PUBLIC, REQUESTER_WITH_CODE -> true;
      case SIGNED_IN -> who != Who.ANONYMOUS && who != Who.REQUESTER;
      case OFFICER -> who == Who.OFFICER;
      case AUDITOR -> who == Who.AUDITOR;
      case OFFICER_OR_AUDITOR -> who == Who.OFFICER || who == Who.AUDITOR;
    };
  }

  private static String judge(
      Who who, String method, String path, boolean allowed, boolean known, Response r) {
    int s = r.statusCode();
    boolean api = path.startsWith("/api/");
    String location = r.header("Location");
    boolean toSignIn = s == 302 && location != null && location.contains("/authorize");
    if (s >= 500) {
      return "server error " + s;
    }
    if (!allowed) {
      boolean anonymous = who == Who.ANONYMOUS || who == Who.REQUESTER;
      boolean ok = anonymous ? (api ? s == 401 : toSignIn) : s == 403;
      if (ok) {
        DENIED.incrementAndGet();
        return null;
      }
      UNEXPECTED_ALLOWS.incrementAndGet();
      return "expected to be refused, got " + s + (location == null ? "" : " -> " + location);
    }
    if (s == 401 || s == 403 || toSignIn) {
      return "expected to be let in, got " + s;
    }
    if (!known && method.equals("GET")) {
      if (s == 404) {
        NOT_FOUND.incrementAndGet();
        return null;
      }
      return "unknown id: expected 404, got " + s;
    }
    if (method.equals("GET") && s == 404 && path.contains("/versions/") && versioned == null) {
      ALLOWED.incrementAndGet(); // no published case with a version history exists in this run
      return null;
    }
    if (method.equals("GET") && s == 404 && path.contains("/attachments/")) {
      ALLOWED.incrementAndGet(); // no attachment is planted in this run: let in, then not found
      return null;
    }
    if (method.equals("GET") && !(s >= 200 && s < 400)) {
      return "expected the page, got " + s;
    }
    // a write with an empty body: refused as invalid (400/404/409/415/422), or done
    ALLOWED.incrementAndGet();
    return null;
  }

  /**
   * Calls an endpoint with an empty body; with the requester's reference and access code in the
   * query string (GET, DELETE), the form or the JSON body when {@code withCode}.
   */
  private static Response call(String method, String path, boolean withCode) {
    RequestSpecification spec = given().redirects().follow(false);
    boolean body = !method.equals("GET") && !method.equals("DELETE");
    if (withCode && !body) {
      spec = spec.queryParam("reference", ref).queryParam("accessCode", code);
    }
    if (body && path.startsWith("/api/")) {
      spec =
          spec.contentType("application/json")
              .body(withCode ? Map.of("reference", ref, "accessCode", code) : Map.of());
    } else if (body) {
      spec = spec.contentType("application/x-www-form-urlencoded").formParam("x", "1");
      if (withCode) {
        spec = spec.formParam("reference", ref).formParam("accessCode", code);
      }
    }
    return spec.request(method, path);
  }

  /** The requester checks their own request on a status route: its status, nothing of another. */
  private static String ownStatus(String endpoint) {
    Response r =
        status(endpoint, endpoint.equals("POST /status") ? StatusForm.open() : null, ref, code);
    String body = r.asString();
    if (r.statusCode() != 200) {
      return "own status: expected 200, got " + r.statusCode();
    }
    if (!body.contains(ref)
        || !body.contains("working on your request")
        || body.contains("waiting for your clarification")
        || body.contains("AWAITING_CLARIFICATION")) {
      return "own status: the answer does not show the request's reference and state";
    }
    // (its dates may be among the requester's own working days, so only what identifies it)
    for (String fact : othersFacts.subList(0, 4)) {
      if (body.contains(fact)) {
        return "own status shows another request's " + fact;
      }
    }
    OWN_STATUS.incrementAndGet();
    ALLOWED.incrementAndGet();
    return null;
  }

  /** A status check on the page (with the form's CSRF token) or the API. */
  private static Response status(String route, StatusForm form, String reference, String code) {
    if (route.equals("POST /status")) {
      return form.post(reference, code);
    }
    return given()
        .redirects()
        .follow(false)
        .contentType("application/json")
        .body(Map.of("reference", reference, "accessCode", code))
        .post("/api/status");
  }

  /** The status form's CSRF cookie and token, and posts that carry them. */
  private record StatusForm(String cookie, String token) {
    static final String CSRF = "csrf-token";

    static StatusForm open() {
      Response r = given().get("/status");
      assertThat(r.statusCode()).isEqualTo(200);
      String token = Jsoup.parse(r.asString()).select("input[name=" + CSRF + "]").val();
      return new StatusForm(r.getCookie(CSRF), token);
    }

    Response post(String reference, String accessCode) {
      return given()
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded")
          .cookie(CSRF, cookie)
          .formParam(CSRF, token)
          .formParam("reference", reference)
          .formParam("accessCode", accessCode)
          .post("/status");
    }
  }

  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

  private static String fill(String template, boolean known) {
    Matcher m = PARAM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "slug" ->
                !known
                    ? "no-such-case"
                    : template.contains("{version}") && versioned != null
                        ? versioned
                        : Planted.LEICESTER;
            case "ref" -> known ? ref : "FOI-0000-NOPE";
            case "authority" -> known ? "leicester-city-council" : "no-such-authority";
            case "code" -> known ? "FOIA-1-1-a" : "NO-SUCH-PROVISION";
            case "kind" -> "clarification-requested";
            case "version" -> known ? "1" : "999";
            case "number", "position", "table", "link" -> known ? "1" : "999";
            case "event" -> known ? String.valueOf(eventId) : "999";
            // a fresh draft each time: a confirm or a discard before it decides the last one
            case "mail" -> known ? String.valueOf(InboxFixtures.draft()) : "999999";
            case "outbox" -> known ? "1" : "999999";
            case "batch" -> known ? batch : "no-such-batch";
            // a fresh proposal each time: a confirm or an abandon before it removes the last one
            case "id" ->
                known
                    ? imports.proposeText("You asked:\n1. How many?\n\nWe hold 3.", "olive")
                    : "00000000-0000-0000-0000-000000000000";
            default -> throw new IllegalStateException("no sample value for " + m.group());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String versionedCase() {
    List<String> slugs = given().get("/api/cases").then().statusCode(200).extract().path("slug");
    for (String slug : slugs == null ? List.<String>of() : slugs) {
      List<?> versions = given().get("/api/cases/" + slug + "/versions").then().extract().path("$");
      if (versions != null && !versions.isEmpty()) {
        return slug;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> openApiOperations() {
    Map<String, Object> paths =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
    Set<String> out = new TreeSet<>();
    paths.forEach(
        (p, ops) ->
            ((Map<String, Object>) ops)
                .keySet().stream()
                    .filter(k -> Set.of("get", "post", "put", "delete", "patch").contains(k))
                    .forEach(k -> out.add(k.toUpperCase() + " " + Routes.join(p, ""))));
    return out;
  }
}
