package io.summittracker.localstack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (Debian's headless Chromium) against the whole stack, as LocalStackIT starts
 * it: walks home → timeline → summit → issue tracker → topic → person → document, checks every page with
 * axe-core (no serious or critical violations), saves a screenshot of each in target/screenshots, adds an
 * article through the form and follows it into the catalog, and shows that a {@code <script>} in an article
 * is shown as text and runs nothing. Skipped where there is no /usr/bin/chromedriver.
 */
class PortalBrowserIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int MAX_PAGE_BYTES = 100_000;

    private static LocalStack stack;
    private static String catalog;
    private static String web;
    private static WebDriver browser;
    private static int shots;

    @BeforeAll
    static void startStackAndBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        Path root = Path.of(System.getProperty("summit.root", "../..")).toAbsolutePath().normalize();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StackSettings settings = new StackSettings(root, Files.createTempDirectory("summit-browser-it"),
                freePort(), freePort(), freePort(), freePort(), freePort(), freePort(),
                System.getProperty("summit.kafka.classpath", root.resolve("deploy/local-stack/target/lib/*").toString()),
                Optional.ofNullable(System.getenv("SUMMIT_TEST_KAFKA_BOOTSTRAP")),
                Optional.ofNullable(System.getenv("SUMMIT_TEST_PG_URL")),
                "postgres", "", "browser_" + suffix + "_ingest", "browser_" + suffix + "_catalog",
                Optional.of(root.resolve("seeds")));
        stack = new LocalStack(settings);
        stack.start();
        catalog = "http://127.0.0.1:" + settings.catalogPort();
        web = "http://127.0.0.1:" + settings.webPort();
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));

        // The seeds are in the catalog, with their summits and topics, before the walk starts.
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            given().get(catalog + "/api/v1/documents").then().statusCode(200).body("total", greaterThanOrEqualTo(2));
            given().get(catalog + "/api/v1/summits").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        });
    }

    @AfterAll
    static void stopBrowserAndStack() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.closeAndDropDatabases();
        }
    }

    @Test
    void walkFromHomeToADocumentThroughEveryKindOfPage() {
        open("/");
        check("home");

        follow("nav a[href='/timeline']");
        check("timeline");

        follow("ol.timeline a[href^='/summits/']");
        check("summit");

        follow("nav a[href='/topics']");
        check("issue-tracker");

        follow("table.matrix tbody th a[href^='/topics/']");
        check("topic");

        if (browser.findElements(By.cssSelector("main a[href^='/people/']")).isEmpty()) {
            follow("nav a[href='/people']");
            check("people");
        }
        follow("main a[href^='/people/']");
        check("person");

        if (browser.findElements(By.cssSelector("main a[href^='/documents/']")).isEmpty()) {
            open("/");
        }
        follow("main a[href^='/documents/']");
        check("document");
        assertFalse(browser.findElements(By.cssSelector(".facts-panel")).isEmpty(), "the reader has a facts panel");

        // Selecting a highlighted fact shows it in the panel (js/document.js).
        List<WebElement> facts = browser.findElements(By.cssSelector("a.fact"));
        if (!facts.isEmpty()) {
            facts.get(0).click();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.id("selected-fact")).getText().startsWith("Selected:"));
            screenshot("document-fact-selected");
        }

        open("/organizations");
        check("organizations");
        open("/search?q=summit");
        check("search");
    }

    @Test
    void theIssueTrackerAndHomeFitAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(360, 800));
        try {
            for (String page : List.of("/", "/topics", "/timeline")) {
                open(page);
                long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, page + " scrolls sideways at 360 px by " + overflow + " px");
                screenshot("phone" + page.replace('/', '-'));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void anArticleAddedThroughTheFormAppearsAndItsScriptRunsNothing() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Malta, December 1989 " + marker;
        String script = "<script>document.title='pwned'</script>";
        String text = title + "\n\nBush and Gorbachev met aboard the Maxim Gorky. " + script
                + " Gorbachev said the Cold War was over.\n";

        open("/add");
        check("add");
        browser.findElement(By.id("add-text")).sendKeys(text);
        browser.findElement(By.cssSelector("form.add-form button[type=submit]")).click();

        // The progress page follows the article until it is in the catalog, then links to it.
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#progress-link a"));
            return links.isEmpty() ? null : links.get(0);
        });
        check("add-progress-done");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documents/"));
        check("added-document");

        assertEquals(title + " · Summit Tracker", browser.getTitle(), "the article's script did not change the title");
        assertTrue(browser.findElement(By.cssSelector(".body-text")).getText().contains(script),
                "the script is shown as text");
        assertTrue(browser.findElements(By.xpath("//main//script")).isEmpty(), "no script element in the page body");

        // And it is now found among the documents of the catalog the portal reads.
        open("/search?q=" + marker);
        screenshot("search-added");
    }

    @Test
    void aRejectedArticleIsExplained() {
        open("/add");
        browser.findElement(By.cssSelector("form.add-form button[type=submit]")).click();
        WebElement error = browser.findElement(By.cssSelector("[role=alert]"));
        assertTrue(error.getText().contains("Please paste"), error.getText());
        check("add-rejected");
    }

    private static void open(String path) {
        browser.get(web + path);
    }

    private static void follow(String cssSelector) {
        List<WebElement> links = browser.findElements(By.cssSelector(cssSelector));
        assertFalse(links.isEmpty(), "a link " + cssSelector + " on " + browser.getCurrentUrl());
        String href = links.get(0).getAttribute("href");
        links.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(href));
    }

    /** The page answers, is small, has no serious or critical accessibility violations; and a screenshot. */
    private static void check(String name) {
        screenshot(name);
        String url = browser.getCurrentUrl();
        assertFalse(browser.getTitle().startsWith("Something went wrong"), name + ": " + url);
        byte[] body = given().get(url).then().extract().asByteArray();
        assertTrue(body.length < MAX_PAGE_BYTES, name + " is " + body.length + " bytes");
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(blocking.isEmpty(), name + " (" + url + ") has accessibility violations: " + blocking.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    private static void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
