package uk.foitracker.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Finds script that runs, or markup that would, in the pages a real Chromium shows.
 *
 * <ul>
 *   <li>Before any page script, in every document and frame (Chrome DevTools {@code
 *       Page.addScriptToEvaluateOnNewDocument}), a hook replaces {@code alert}, {@code confirm},
 *       {@code prompt} and {@code print} and defines {@code __xss(n)}: each call is recorded in
 *       {@code sessionStorage} (so it survives a navigation the payload might start), with the
 *       payload's marker number. It also records every Content-Security-Policy violation.
 *   <li>After the page has loaded, the live DOM is searched for what a payload would inject: an
 *       element or attribute the templates never write (the allowed sets are read from the
 *       templates themselves), any {@code on*}, {@code style} or {@code srcdoc} attribute, a script
 *       not loaded from {@code /static/}, and a {@code javascript:}, {@code vbscript:} or {@code
 *       data:} address.
 *   <li>Each payload the page should show is looked for as text (whitespace ignored): shown as text
 *       means escaped.
 * </ul>
 *
 * <p>{@link #csp(boolean)} turns the page's Content-Security-Policy off in the browser ({@code
 * Page.setBypassCSP}), so the same pages also prove the escaping on its own, without the CSP.
 */
final class XssProbe {
  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** The payload file shared with the server-side XssTest; see its header for the sources. */
  static final String CORPUS = "/xss-payloads.txt";

  /**
   * Each field gets its own marker numbers: payload i entered in field f calls alert(f * 1000 + i),
   * so a call says which payload ran and where it was entered.
   */
  static final int FIELD_STEP = 1000;

  static final String HOOK =
      """
      (() => {
        if (window.__xssHooked) { return; }
        const KEY = '__xssRecords';
        const save = (entry) => {
          try {
            const list = JSON.parse(window.sessionStorage.getItem(KEY) || '[]');
            list.push(entry);
            window.sessionStorage.setItem(KEY, JSON.stringify(list));
            return;
          } catch (e) { /* a frame with an opaque origin has no storage: tell the top */ }
          try { window.top.postMessage({ __xss: entry }, '*'); } catch (e) { /* nothing more */ }
        };
        const record = (kind, detail) =>
          save(kind + '(' + String(detail).slice(0, 200) + ') at ' + location.href.slice(0, 160));
        for (const name of ['alert', 'confirm', 'prompt', 'print']) {
          const fake = function (value) { record(name, value); return null; };
          try {
            Object.defineProperty(window, name, { value: fake, writable: false, configurable: false });
          } catch (e) { window[name] = fake; }
        }
        try {
          Object.defineProperty(window, '__xss', {
            value: (n) => record('marker', n), writable: false, configurable: false });
        } catch (e) { /* already defined */ }
        window.addEventListener('message', (e) => {
          if (window === window.top && e.data && e.data.__xss) { save('frame: ' + e.data.__xss); }
        });
        document.addEventListener('securitypolicyviolation', (e) =>
          record('csp', e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')),
          true);
        window.__xssHooked = true;
      })();
      """;

  static final String PROBE =
      """
      const expected = arguments[0], tags = new Set(arguments[1]), attrs = new Set(arguments[2]);
      const done = arguments[arguments.length - 1];
      // one frame more, for anything a payload would start once the page has loaded
      requestAnimationFrame(() => setTimeout(() => {
        const out = { hooked: window.__xssHooked === true, ran: [], live: [], present: [] };
        try {
          out.ran = JSON.parse(sessionStorage.getItem('__xssRecords') || '[]');
          sessionStorage.removeItem('__xssRecords');
        } catch (e) { out.ran = ['the records could not be read: ' + e]; }
        const urls = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background',
          'xlink:href', 'srcset', 'cite', 'codebase', 'dynsrc', 'lowsrc', 'ping'];
        const live = new Set();
        for (const el of document.getElementsByTagName('*')) {
          const tag = el.tagName.toLowerCase();
          const where = tag + (el.id ? '#' + el.id : '');
          if (!tags.has(tag)) { live.add('element <' + tag + '>'); }
          if (['title', 'meta', 'link', 'style', 'base'].includes(tag)
              && (tag === 'style' || tag === 'base' || el.parentElement !== document.head)) {
            live.add('element <' + tag + '> outside the head');
          }
          if (tag === 'script') {
            const src = el.getAttribute('src') || '';
            if (!/^\\/(static|webjars)\\//.test(src) || el.textContent.trim() !== '') {
              live.add('script ' + el.outerHTML.slice(0, 120));
            }
          }
          for (const a of Array.from(el.attributes)) {
            const n = a.name.toLowerCase();
            const known = attrs.has(n) || n.startsWith('aria-') || /^data-[a-z-]+-init$/.test(n);
            if (n.startsWith('on') || n === 'srcdoc' || n === 'style' || !known) {
              live.add('attribute ' + where + '[' + n + ']');
            }
            if (urls.includes(n)) {
              const v = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
              if (/^(javascript|vbscript|livescript|data):/.test(v)) {
                live.add('address ' + where + '[' + n + '=' + a.value.slice(0, 80) + ']');
              }
            }
          }
        }
        if (document.getElementsByTagName('title').length !== 1) { live.add('a second <title>'); }
        out.live = Array.from(live).slice(0, 40);
        const squash = (s) => s.replace(/\\s+/g, '');
        const parts = [document.title, document.body ? document.body.textContent : ''];
        for (const f of document.querySelectorAll('input, textarea')) { parts.push(f.value); }
        const hay = squash(parts.join('\\u0001'));
        out.present = expected.map((t) => hay.includes(squash(t)));
        done(out);
      }));
      """;

  /** Where a payload was entered and on which page it must be shown as text. */
  record Shown(String field, int payload, String text) {}

  private final BrowserSession browser;
  private final int corpusSize;
  private final List<String> tags;
  private final List<String> attributes;
  private boolean cspEnforced = true;

  private final Map<String, BitSet> shown = new LinkedHashMap<>();
  private final Map<String, BitSet> expected = new LinkedHashMap<>();
  private final Map<String, BitSet> enteredOnly = new LinkedHashMap<>();
  private final Map<Boolean, Integer> loads = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private int ran;
  private int live;

  XssProbe(BrowserSession browser, int corpusSize) {
    this.browser = browser;
    this.corpusSize = corpusSize;
    this.tags = List.copyOf(templateTags());
    this.attributes = List.copyOf(templateAttributes());
  }

  /** The corpus as written, one payload a line ("\\n" in a line is a newline). */
  static List<String> corpus() {
    try (InputStream in = XssProbe.class.getResourceAsStream(CORPUS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("# "))
          .map(l -> l.replace("\\n", "\n"))
          .toList();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(CORPUS + " missing", e);
    }
  }

  /** The payload with its calls to alert numbered {@code marker}. */
  static String mark(String payload, int marker) {
    String n = String.valueOf(marker);
    return payload
        .replace("lert(1)", "lert(" + n + ")")
        .replace("lert`1`", "lert`" + n + "`")
        .replace("&#116;(1)", "&#116;(" + n + ")");
  }

  /** Installs the hook for every document the browser opens from now on. */
  void install() {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
  }

  /** With {@code false}, the browser ignores the Content-Security-Policy of the pages it opens. */
  void csp(boolean enforced) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Page.setBypassCSP", Map.of("enabled", !enforced));
    cspEnforced = enforced;
  }

  boolean cspEnforced() {
    return cspEnforced;
  }

  /** Opens a path and checks it. */
  void visit(String page, String path, List<Shown> mustShow, List<Shown> mayShow) {
    browser.open(path);
    check(page, path, mustShow, mayShow);
  }

  /**
   * Checks the page the browser shows: nothing ran, nothing injected, each payload of {@code
   * mustShow} is shown as text, and those of {@code mayShow} are counted where found (as on a list
   * spread over several pages, or an error page that may not say what was not found).
   */
  @SuppressWarnings("unchecked")
  void check(String page, String where, List<Shown> mustShow, List<Shown> mayShow) {
    List<Shown> expected = new ArrayList<>(mustShow);
    expected.addAll(mayShow);
    List<String> texts = expected.stream().map(Shown::text).toList();
    Map<String, Object> out =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(PROBE, texts, tags, attributes);
    loads.merge(cspEnforced, 1, Integer::sum);
    String at = page + " " + where + (cspEnforced ? "" : " (CSP bypassed)");
    if (!Boolean.TRUE.equals(out.get("hooked"))) {
      failures.add("the hook was not installed on " + at);
    }
    List<String> calls = (List<String>) out.get("ran");
    List<String> injected = (List<String>) out.get("live");
    ran += calls.size();
    live += injected.size();
    calls.forEach(c -> failures.add("ran on " + at + ": " + c));
    injected.forEach(l -> failures.add("injected on " + at + ": " + l));
    List<Boolean> present = (List<Boolean>) out.get("present");
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      Shown s = expected.get(i);
      boolean must = i < mustShow.size();
      if (must) {
        this.expected.computeIfAbsent(key(s.field(), page), k -> new BitSet()).set(s.payload());
      }
      if (Boolean.TRUE.equals(present.get(i))) {
        shown.computeIfAbsent(key(s.field(), page), k -> new BitSet()).set(s.payload());
      } else if (must) {
        missing.add(s.field() + " #" + s.payload());
      }
    }
    if (!missing.isEmpty()) {
      failures.add(
          "not shown as text on "
              + at
              + " ("
              + missing.size()
              + "): "
              + missing.subList(0, Math.min(12, missing.size())));
    }
  }

  /** Payloads entered in a field and sent to a page that does not show them back (none ran). */
  void enteredOnly(String field, String page, List<Integer> indexes) {
    BitSet bits = enteredOnly.computeIfAbsent(key(field, page), k -> new BitSet());
    indexes.forEach(bits::set);
  }

  private String key(String field, String page) {
    return (cspEnforced ? "csp" : "bypass") + "|" + field + "|" + page;
  }

  void fail(String failure) {
    failures.add(failure);
  }

  List<String> failures() {
    return failures;
  }

  int ran() {
    return ran;
  }

  int live() {
    return live;
  }

  int loads(boolean enforced) {
    return loads.getOrDefault(enforced, 0);
  }

  /** "field|page" pairs whose every payload was shown as text, in this mode. */
  Set<String> complete(boolean enforced) {
    Set<String> out = new TreeSet<>();
    String prefix = (enforced ? "csp" : "bypass") + "|";
    shown.forEach(
        (k, bits) -> {
          if (k.startsWith(prefix) && bits.cardinality() == corpusSize) {
            out.add(k.substring(prefix.length()));
          }
        });
    return out;
  }

  /**
   * "field|page" pairs where a payload expected on some page of that kind was never shown there,
   * and how many of the expected ones were.
   */
  Map<String, String> incomplete(boolean enforced) {
    Map<String, String> out = new LinkedHashMap<>();
    String prefix = (enforced ? "csp" : "bypass") + "|";
    expected.forEach(
        (k, wanted) -> {
          BitSet missing = (BitSet) wanted.clone();
          missing.andNot(shown.getOrDefault(k, new BitSet()));
          if (k.startsWith(prefix) && !missing.isEmpty()) {
            out.put(
                k.substring(prefix.length()),
                (wanted.cardinality() - missing.cardinality()) + " of " + wanted.cardinality());
          }
        });
    return out;
  }

  /** The payloads of a field shown so far on pages of a kind, in the current mode. */
  BitSet shownSoFar(String field, String page) {
    return (BitSet) shown.getOrDefault(key(field, page), new BitSet()).clone();
  }

  /** Payload × field × page placements checked in this mode, and how many shown as text. */
  int[] placements(boolean enforced) {
    String prefix = (enforced ? "csp" : "bypass") + "|";
    int all = 0;
    int text = 0;
    Set<String> keys = new TreeSet<>(shown.keySet());
    keys.addAll(enteredOnly.keySet());
    for (String k : keys) {
      if (!k.startsWith(prefix)) {
        continue;
      }
      BitSet union = new BitSet();
      BitSet s = shown.getOrDefault(k, new BitSet());
      union.or(s);
      union.or(enteredOnly.getOrDefault(k, new BitSet()));
      all += union.cardinality();
      text += s.cardinality();
    }
    return new int[] {all, text};
  }

  /** Every element name the templates write, and the few the browser and GOV.UK add. */
  static Set<String> templateTags() {
    Set<String> out = new TreeSet<>(Set.of("html", "head", "body"));
    Pattern tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)\\b");
    for (String text : templates()) {
      Matcher m = tag.matcher(text);
      while (m.find()) {
        out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  /** Every attribute name the templates write (Qute sections and quoted values left out). */
  static Set<String> templateAttributes() {
    Set<String> out = new TreeSet<>();
    Pattern tag = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*((?:[^<>{}]|\\{[^{}]*})*)>");
    Pattern name = Pattern.compile("([a-zA-Z][a-zA-Z0-9:_-]*)");
    for (String text : templates()) {
      Matcher m = tag.matcher(text);
      while (m.find()) {
        String inside =
            m.group(1)
                .replaceAll("\\{[^{}]*}", " ")
                .replaceAll("\"[^\"]*\"", " ")
                .replaceAll("'[^']*'", " ")
                .replaceAll("=\\S*", " ");
        Matcher n = name.matcher(inside);
        while (n.find()) {
          out.add(n.group(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static List<String> templates() {
    try (Stream<Path> all = Files.walk(TEMPLATES)) {
      List<String> out = new ArrayList<>();
      for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        out.add(Files.readString(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
