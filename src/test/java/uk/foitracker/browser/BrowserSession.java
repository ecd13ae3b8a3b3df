package uk.foitracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: Debian's headless Chromium driven through its own chromedriver,
 * one browser per test class, cookies cleared before each test. Register it in a
 * {@code @QuarkusTest} class and add one test method per page:
 *
 * <pre>{@code
 * @QuarkusTest
 * class SomePagesBrowserTest {
 *   @RegisterExtension static final BrowserSession browser = new BrowserSession();
 *
 *   @Test
 *   void deadlineCalculator() {
 *     browser.visit("/deadline");          // opens it, runs axe and the keyboard check
 *     assertThat(browser.heading()).isEqualTo("Work out a deadline");
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #visit} fails on any serious or critical axe violation of the WCAG 2.2 A/AA rules and
 * when the skip link is not the first tab stop. When a test fails, a screenshot and the page's HTML
 * are kept in {@code target/browser-screenshots/}. Without {@code /usr/bin/chromium} the tests are
 * skipped, saying why ({@code .ci/run} installs it).
 */
public final class BrowserSession
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {

  public static final Path CHROMIUM =
      Path.of(System.getProperty("foi.browser.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER =
      Path.of(System.getProperty("foi.browser.chromedriver", "/usr/bin/chromedriver"));

  /** The axe rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  public static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path profile;
  private int pageLoads;

  @Override
  public void beforeAll(ExtensionContext context) {
    // The browser starts with the first test that runs (none starts when all are skipped).
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + " is not installed (apt-get install chromium chromium-driver; .ci/run does)");
    if (driver == null) {
      start();
    }
    driver.manage().deleteAllCookies(); // cookies are per host: the app's and the sign-in's
  }

  private void start() throws IOException {
    profile = Files.createTempDirectory("foi-chromium-");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver == null) {
      return;
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      String name =
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getDisplayName().replaceAll("[^A-Za-z0-9_.-]+", "_");
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
      Files.writeString(
          SCREENSHOTS.resolve(name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not keep a screenshot: " + e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (service != null) {
        service.stop();
      }
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** The browser itself, for anything the helpers below do not cover. */
  public WebDriver driver() {
    if (driver == null) {
      throw new IllegalStateException(
          "BrowserSession is not started: register it with @RegisterExtension");
    }
    return driver;
  }

  /** The running test application, e.g. {@code http://localhost:8081}. */
  public String baseUrl() {
    // @QuarkusTest points RestAssured at the running application (on a free port in tests).
    String base = RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath;
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Opens a path of the application and waits for the page to load. */
  public BrowserSession open(String path) {
    driver().get(baseUrl() + path);
    waitForLoad();
    return this;
  }

  /** Opens a path and checks the page: accessibility (axe) and the keyboard route to content. */
  public BrowserSession visit(String path) {
    open(path);
    return checkPage();
  }

  /** The checks every page must pass: axe WCAG 2.2 A/AA and the skip link as first tab stop. */
  public BrowserSession checkPage() {
    assertAccessible();
    assertSkipLinkIsFirstTabStop();
    return this;
  }

  /** Runs axe on the current page: no serious or critical violation of the WCAG 2.2 A/AA rules. */
  public BrowserSession assertAccessible() {
    String blocking = accessibilityProblems();
    assertThat(blocking)
        .as("serious or critical axe violations on %s:%n%s", driver.getCurrentUrl(), blocking)
        .isEmpty();
    return this;
  }

  /**
   * Runs axe on the current page and describes its serious or critical violations of the WCAG 2.2
   * A/AA rules, one rule a line; empty when there is none. For a test that checks many pages and
   * reports them all at once.
   */
  public String accessibilityProblems() {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver());
    assertThat(results.isErrored())
        .as("axe ran on %s: %s", driver.getCurrentUrl(), results.getErrorMessage())
        .isFalse();
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    return describe(blocking);
  }

  /** From the top of the page, the first Tab reaches the skip link, which leads to main content. */
  public BrowserSession assertSkipLinkIsFirstTabStop() {
    ((JavascriptExecutor) driver())
        .executeScript(
            // Start keyboard navigation from the top of the document, as on arriving at a page
            // (a page's script may have moved focus, e.g. to an error summary).
            "if (document.activeElement) { document.activeElement.blur(); }"
                + " const b = document.body; b.setAttribute('tabindex', '-1'); b.focus();"
                + " b.removeAttribute('tabindex'); window.scrollTo(0, 0);");
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("class"))
        .as("first tab stop on %s", driver.getCurrentUrl())
        .contains("govuk-skip-link");
    assertThat(focused.getText()).isEqualTo("Skip to main content");
    String target = focused.getAttribute("href").replaceFirst("^[^#]*#", "");
    assertThat(driver.findElements(By.id(target))).as("skip link target #%s", target).hasSize(1);
    focused.sendKeys(Keys.ENTER);
    return this;
  }

  /** The text of the page's single h1. */
  public String heading() {
    List<WebElement> headings = driver().findElements(By.tagName("h1"));
    assertThat(headings).as("one h1 on %s", driver.getCurrentUrl()).hasSize(1);
    return headings.get(0).getText();
  }

  /** The path (and query) of the page the browser shows. */
  public String currentPath() {
    String url = driver().getCurrentUrl();
    return url.startsWith(baseUrl()) ? url.substring(baseUrl().length()) : url;
  }

  /**
   * Signs in through the OIDC dev service's login form as one of its predefined users ({@code
   * olive} = officer, {@code adam} = auditor), starting from a protected path, and waits until the
   * browser is back on the application.
   */
  public BrowserSession signInAs(String user, String protectedPath) {
    driver().get(baseUrl() + protectedPath);
    WebElement button =
        new WebDriverWait(driver, WAIT)
            .until(ExpectedConditions.elementToBeClickable(By.name("predefined-" + user)));
    button.click();
    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(baseUrl()));
    waitForLoad();
    return this;
  }

  /** Types into the field with this id (clearing it first), as a person would. */
  public BrowserSession type(String id, String text) {
    WebElement field = driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Clicks the element a person would pick by its label (a radio or checkbox) or id. */
  public BrowserSession choose(String id) {
    driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    return this;
  }

  /**
   * Follows the link this locator finds and waits for the next page, as {@link #press} does for a
   * button: without the wait, the next step could act on the page being left (a button found there
   * is gone by the time it is clicked: "Node with given id does not belong to the document").
   */
  public BrowserSession follow(By link) {
    WebElement a = driver().findElement(link);
    clickAndLeave(a);
    new WebDriverWait(driver, WAIT).until(d -> left(a));
    waitForLoad();
    return this;
  }

  /**
   * Clicks what leads to another page. When the next page comes very fast, ChromeDriver can report
   * an error for a click that was made ("Node with given id does not belong to the document": the
   * node's document was replaced while the click was being finished); the caller's wait for the
   * element to go stale then proves the page was left, and fails if it was not.
   */
  private static void clickAndLeave(WebElement element) {
    try {
      element.click();
    } catch (WebDriverException e) {
      if (!ofALeftPage(e)) {
        throw e;
      }
    }
  }

  /**
   * True once the element's page has been left: the element is stale, or (Chromium 150) its node
   * belongs to a document that is no longer the page's, which ChromeDriver reports as an error of
   * its own rather than as a stale element.
   */
  private static boolean left(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (ofALeftPage(e)) {
        return true;
      }
      throw e;
    }
  }

  private static boolean ofALeftPage(WebDriverException e) {
    return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
  }

  /** Presses the button with this text and waits for the next page. */
  public BrowserSession press(String buttonText) {
    WebElement button =
        driver().findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
    clickAndLeave(button);
    new WebDriverWait(driver, WAIT).until(d -> left(button));
    waitForLoad();
    return this;
  }

  /** Text of elements matching a CSS selector. */
  public List<String> texts(String css) {
    return driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  public Optional<WebElement> find(String css) {
    return driver().findElements(By.cssSelector(css)).stream().findFirst();
  }

  /**
   * Pages loaded so far: each {@link #open}, {@link #follow} and {@link #press} arrives at one page
   * (a form's redirect is part of its page load), as the person using it counts them.
   */
  public int pageLoads() {
    return pageLoads;
  }

  private void waitForLoad() {
    pageLoads++;
    new WebDriverWait(driver(), WAIT)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static String describe(List<Rule> rules) {
    return rules.stream()
        .map(
            r ->
                "- "
                    + r.getId()
                    + " ("
                    + r.getImpact()
                    + "): "
                    + r.getHelp()
                    + r.getNodes().stream()
                        .limit(5)
                        .map(n -> "\n    " + n.getTarget() + "  " + n.getHtml())
                        .collect(Collectors.joining()))
        .collect(Collectors.joining("\n"));
  }
}
