package uk.foitracker.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import uk.foitracker.citation.Citation;
import uk.foitracker.question.Question;
import uk.foitracker.review.CaseReviewer.Reviewed;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.checks.Finding;
import uk.foitracker.rules.checks.Severity;

/**
 * What the review knows of every case, kept small so that a million requests fit: for each request
 * with a finding or a question not provided in full, in id order, its id, the worst severity and
 * number of all its findings (for the API), its year and officer, and in a shared pool of shorts
 * its refused questions (outcome and the provisions cited) and the findings about them (severity
 * and which refused questions each is about). That is enough to filter, count and order the
 * refusals page exactly as a review of every case would, without one; only the cases of the page
 * shown are then read and reviewed in full.
 *
 * <p>Pool layout of a case: the number of refused questions; for each, its outcome, the number of
 * provisions and their indices; the number of findings shown with them; for each, its severity and
 * the number of refused questions it is about (-1 for the whole response) and their indices. Cases
 * with no refused question share the pool's first entry (none, no findings). 21 bytes a case, plus
 * two bytes a pool entry for cases with refusals (about 20 for a typical one).
 */
final class RefusalSummary {
  /** A case with no finding sorts after every severity. */
  static final int NONE = Severity.values().length;

  private final int requests;
  private final int size;
  private final long[] ids;
  private final byte[] worst;
  private final short[] findings;
  private final short[] years;
  private final int[] officers;
  private final int[] starts;
  private final short[] pool;
  private final String[] officerNames;
  private final String[] provisionCodes;
  private final Map<String, String> provisionLabels;
  private final List<Integer> yearOptions;
  private final List<String> officerOptions;

  /** Filters' selections worked out on this summary, at most {@link #SELECTIONS_KEPT}. */
  private final Map<RefusalFilter, Selection> selections = new ConcurrentHashMap<>();

  private static final int SELECTIONS_KEPT = 8;

  /** Held while a selection is worked out: one at a time. */
  private final Object working = new Object();

  private volatile long[] allWithFindings;

  private RefusalSummary(Builder b) {
    requests = b.requests;
    size = b.size;
    ids = Arrays.copyOf(b.ids, size);
    worst = Arrays.copyOf(b.worst, size);
    findings = Arrays.copyOf(b.findings, size);
    years = Arrays.copyOf(b.years, size);
    officers = Arrays.copyOf(b.officers, size);
    starts = Arrays.copyOf(b.starts, size);
    pool = Arrays.copyOf(b.pool, b.poolSize);
    officerNames = b.officerNames.toArray(String[]::new);
    provisionCodes = b.provisionCodes.toArray(String[]::new);
    provisionLabels = new TreeMap<>(b.provisionLabels);
    yearOptions = List.copyOf(b.yearOptions);
    officerOptions = List.copyOf(b.officerOptions);
  }

  /** The part of a summary that is some authorities' requests: see {@link #only}. */
  private RefusalSummary(RefusalSummary whole, Set<Long> mine, int requests) {
    this.requests = requests;
    int n = 0;
    for (int i = 0; i < whole.size; i++) {
      n += mine.contains(whole.ids[i]) ? 1 : 0;
    }
    size = n;
    ids = new long[n];
    worst = new byte[n];
    findings = new short[n];
    years = new short[n];
    officers = new int[n];
    starts = new int[n];
    pool = whole.pool;
    officerNames = whole.officerNames;
    provisionCodes = whole.provisionCodes;
    TreeSet<Integer> yearsShown = new TreeSet<>();
    TreeSet<String> officersShown = new TreeSet<>();
    TreeSet<String> codesShown = new TreeSet<>();
    int k = 0;
    for (int i = 0; i < whole.size; i++) {
      if (!mine.contains(whole.ids[i])) {
        continue;
      }
      ids[k] = whole.ids[i];
      worst[k] = whole.worst[i];
      findings[k] = whole.findings[i];
      years[k] = whole.years[i];
      officers[k] = whole.officers[i];
      starts[k] = whole.starts[i];
      k++;
      int p = whole.starts[i];
      int refused = pool[p++];
      if (refused == 0) {
        continue;
      }
      // the filter's choices, as the builder makes them, from these cases only
      if (whole.years[i] != 0) {
        yearsShown.add((int) whole.years[i]);
      }
      if (whole.officers[i] >= 0) {
        officersShown.add(officerNames[whole.officers[i]]);
      }
      for (int q = 0; q < refused; q++) {
        p++;
        int cited = pool[p++];
        for (int c = 0; c < cited; c++) {
          codesShown.add(provisionCodes[pool[p + c]]);
        }
        p += cited;
      }
    }
    Map<String, String> labels = new TreeMap<>();
    for (String code : codesShown) {
      labels.put(code, whole.provisionLabels.get(code));
    }
    provisionLabels = labels;
    yearOptions = List.copyOf(yearsShown);
    officerOptions = List.copyOf(officersShown);
  }

  /**
   * This summary as an auditor of some authorities sees it: only their cases (by id), the filter's
   * choices (years, officers, provisions) and every count made from those alone.
   *
   * @param requests how many requests those authorities have
   */
  RefusalSummary only(Set<Long> mine, int requests) {
    return new RefusalSummary(this, mine, requests);
  }

  /** How many requests were reviewed. */
  int requests() {
    return requests;
  }

  /** How many findings the cases have in all. */
  long findings() {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += findings[i];
    }
    return total;
  }

  /** How many findings these cases have (ids of this summary; others count none). */
  long findingsOf(long[] some) {
    long total = 0;
    for (long id : some) {
      int i = Arrays.binarySearch(ids, id);
      if (i >= 0) {
        total += findings[i];
      }
    }
    return total;
  }

  /** Code to "reference title" of every provision cited for a refused question, by code. */
  Map<String, String> provisions() {
    return provisionLabels;
  }

  /** The years of the cases with refusals, in order. */
  List<Integer> years() {
    return yearOptions;
  }

  /** The officers of the cases with refusals, in order. */
  List<String> officers() {
    return officerOptions;
  }

  /**
   * The cases of the refusals page that match a filter, worst first (by the worst and the number of
   * the findings about the questions shown, then in the order the requests were logged), with the
   * number of questions shown.
   */
  record Selection(long[] ids, int questions) {
    int cases() {
      return ids.length;
    }

    /** The index of a case in the order, or -1. */
    int indexOf(long id) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] == id) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * The cases a filter shows, worst first: worked out once per filter for this summary (each
   * working takes arrays as long as the summary: 8 MB at a million requests, so readers who asked
   * at once each holding their own ran a 192 MB heap out of memory), one working at a time, and the
   * last few kept.
   */
  Selection select(RefusalFilter filter) {
    Selection kept = selections.get(filter);
    if (kept != null) {
      return kept;
    }
    synchronized (working) {
      kept = selections.get(filter);
      if (kept == null) {
        kept = work(filter);
        if (selections.size() >= SELECTIONS_KEPT) {
          selections.clear();
        }
        selections.put(filter, kept);
      }
      return kept;
    }
  }

  /** Every case with a finding, worst first: worked out once for this summary. */
  long[] withFindings() {
    long[] kept = allWithFindings;
    if (kept == null) {
      synchronized (working) {
        if (allWithFindings == null) {
          allWithFindings = workWithFindings();
        }
        kept = allWithFindings;
      }
    }
    return kept;
  }

  private Selection work(RefusalFilter filter) {
    int provision = -1;
    if (filter.provision() != null) {
      provision = Arrays.asList(provisionCodes).indexOf(filter.provision());
      if (provision < 0) {
        return new Selection(new long[0], 0);
      }
    }
    int officer = -1;
    if (filter.officer() != null) {
      officer = Arrays.asList(officerNames).indexOf(filter.officer());
      if (officer < 0) {
        return new Selection(new long[0], 0);
      }
    }
    int outcome = filter.outcome() == null ? -1 : filter.outcome().ordinal();
    long[] keys = new long[size];
    int n = 0;
    int questions = 0;
    boolean[] shown = new boolean[16];
    for (int i = 0; i < size; i++) {
      if (filter.year() != null && years[i] != filter.year()) {
        continue;
      }
      if (officer >= 0 && officers[i] != officer) {
        continue;
      }
      int p = starts[i];
      int refused = pool[p++];
      if (refused == 0) {
        continue;
      }
      if (shown.length < refused) {
        shown = new boolean[refused];
      }
      int shownCount = 0;
      for (int q = 0; q < refused; q++) {
        int questionOutcome = pool[p++];
        int cited = pool[p++];
        boolean match = outcome < 0 || questionOutcome == outcome;
        if (provision >= 0) {
          boolean cites = false;
          for (int c = 0; c < cited; c++) {
            cites |= pool[p + c] == provision;
          }
          match &= cites;
        }
        p += cited;
        shown[q] = match;
        shownCount += match ? 1 : 0;
      }
      if (shownCount == 0) {
        continue;
      }
      questions += shownCount;
      int worstShown = NONE;
      int findingsShown = 0;
      int count = pool[p++];
      for (int f = 0; f < count; f++) {
        int severity = pool[p++];
        int about = pool[p++];
        boolean show = about < 0;
        for (int a = 0; a < about; a++) {
          show |= shown[pool[p + a]];
        }
        p += Math.max(about, 0);
        if (show) {
          findingsShown++;
          worstShown = Math.min(worstShown, severity);
        }
      }
      keys[n++] = key(worstShown, findingsShown, i);
    }
    return new Selection(ordered(keys, n), questions);
  }

  /** Every case with a finding, worst first (worst severity, then most findings, then id). */
  private long[] workWithFindings() {
    long[] keys = new long[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (findings[i] > 0) {
        keys[n++] = key(worst[i], findings[i], i);
      }
    }
    return ordered(keys, n);
  }

  /** Severity in the top bits, then the findings counted down, then the index (id order). */
  private static long key(int severity, int findingCount, int index) {
    long fewer = 0xFFFFL - Math.min(findingCount, 0xFFFF);
    return ((long) severity << 52) | (fewer << 32) | index;
  }

  private long[] ordered(long[] keys, int n) {
    Arrays.sort(keys, 0, n);
    long[] out = new long[n];
    for (int k = 0; k < n; k++) {
      out[k] = ids[(int) (keys[k] & 0xFFFFFFFFL)];
    }
    return out;
  }

  /** Builds a summary from the reviewed requests, given in id order. */
  static final class Builder {
    private int requests;
    private int size;
    private long[] ids = new long[1024];
    private byte[] worst = new byte[1024];
    private short[] findings = new short[1024];
    private short[] years = new short[1024];
    private int[] officers = new int[1024];
    private int[] starts = new int[1024];
    // the pool starts with the entry of every case with no refused question: none, and no findings
    private short[] pool = new short[4096];
    private int poolSize = 2;
    private final List<String> officerNames = new ArrayList<>();
    private final Map<String, Integer> officerIndex = new HashMap<>();
    private final List<String> provisionCodes = new ArrayList<>();
    private final Map<String, Integer> provisionIndex = new HashMap<>();
    private final Map<String, String> provisionLabels = new HashMap<>();
    private final TreeSet<Integer> yearOptions = new TreeSet<>();
    private final TreeSet<String> officerOptions = new TreeSet<>();

    void add(Reviewed r) {
      requests++;
      if (r.questions().isEmpty()) {
        return;
      }
      List<Question> refused = refused(r.questions());
      List<Finding> all = r.result().findings();
      if (refused.isEmpty() && all.isEmpty()) {
        return;
      }
      grow();
      int i = size++;
      ids[i] = r.request().id;
      findings[i] = (short) Math.min(all.size(), Short.MAX_VALUE);
      worst[i] = (byte) all.stream().mapToInt(f -> f.severity().ordinal()).min().orElse(NONE);
      years[i] = (short) (r.request().receivedOn == null ? 0 : r.request().receivedOn.getYear());
      officers[i] =
          r.request().assignedTo == null
              ? -1
              : officerIndex.computeIfAbsent(
                  r.request().assignedTo,
                  name -> {
                    officerNames.add(name);
                    return officerNames.size() - 1;
                  });
      if (refused.isEmpty()) {
        starts[i] = 0;
        return;
      }
      starts[i] = poolSize;
      put(refused.size());
      if (r.request().receivedOn != null) {
        yearOptions.add(r.request().receivedOn.getYear());
      }
      if (r.request().assignedTo != null) {
        officerOptions.add(r.request().assignedTo);
      }
      List<Integer> numbers = new ArrayList<>();
      for (Question q : refused) {
        numbers.add(q.number);
        List<Citation> cited = r.citations().getOrDefault(q.id, List.of());
        put(q.outcome.ordinal());
        put(cited.size());
        for (Citation c : cited) {
          put(provision(c));
        }
      }
      List<Finding> shown =
          all.stream()
              .filter(
                  f ->
                      f.questionNumbers().isEmpty()
                          || f.questionNumbers().stream().anyMatch(numbers::contains))
              .toList();
      put(shown.size());
      for (Finding f : shown) {
        put(f.severity().ordinal());
        if (f.questionNumbers().isEmpty()) {
          put(-1);
          continue;
        }
        List<Integer> about =
            f.questionNumbers().stream()
                .map(numbers::indexOf)
                .filter(x -> x >= 0)
                .distinct()
                .toList();
        put(about.size());
        about.forEach(this::put);
      }
    }

    static List<Question> refused(List<Question> questions) {
      return questions.stream()
          .filter(q -> q.outcome != null && q.outcome != Outcome.PROVIDED_IN_FULL)
          .toList();
    }

    private int provision(Citation c) {
      String code = c.provision.code;
      provisionLabels.putIfAbsent(code, c.provision.reference + " " + c.provision.title);
      return provisionIndex.computeIfAbsent(
          code,
          k -> {
            provisionCodes.add(k);
            return provisionCodes.size() - 1;
          });
    }

    private void put(int value) {
      if (value > Short.MAX_VALUE || value < Short.MIN_VALUE) {
        throw new IllegalStateException("Too many to summarise: " + value);
      }
      if (poolSize == pool.length) {
        pool = Arrays.copyOf(pool, pool.length * 2);
      }
      pool[poolSize++] = (short) value;
    }

    private void grow() {
      if (size < ids.length) {
        return;
      }
      int n = ids.length * 2;
      ids = Arrays.copyOf(ids, n);
      worst = Arrays.copyOf(worst, n);
      findings = Arrays.copyOf(findings, n);
      years = Arrays.copyOf(years, n);
      officers = Arrays.copyOf(officers, n);
      starts = Arrays.copyOf(starts, n);
    }

    RefusalSummary build() {
      return new RefusalSummary(this);
    }
  }
}
