package io.summittracker.localstack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.Map;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (Debian's headless Chromium) against the whole stack, as LocalStackIT starts
 * it: walks home → timeline → summit → issue tracker → topic → person → document, checks every page with
 * axe-core (no serious or critical violations), saves a screenshot of each in target/screenshots, adds an
 * article through the form and follows it into the catalog, and shows that a {@code <script>} in an article
 * is shown as text and runs nothing. An editor signs in with the stack's token and corrects an outcome on
 * its summit page (axe-core on the sign-in page and on a page with the curation forms). A second browser with
 * JavaScript disabled walks the same pages, adds an article (the progress page refreshes itself) and corrects
 * an outcome too. Skipped where there is no /usr/bin/chromedriver.
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

        browser = chromium(true);

        // The seeds are in the catalog, with their summits and topics, before the walk starts.
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            given().get(catalog + "/api/v1/documents").then().statusCode(200).body("total", greaterThanOrEqualTo(2));
            given().get(catalog + "/api/v1/summits").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        });
    }

    /** Debian's headless Chromium; {@code javascript} false blocks every script of every page. */
    private static WebDriver chromium(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
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
        // the answer page (or the script's message) comes after the click: wait for it
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector("[role=alert]")).stream().filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        assertTrue(error.getText().contains("Please paste"), error.getText());
        check("add-rejected");
    }

    @Test
    void anEditorSignsInWithTheStacksTokenAndCorrectsAnOutcomeOnItsSummitPage() throws IOException {
        Map<String, Object> outcome = uncuratedOutcomeOfASummit();
        try {
            open("/sign-in");
            check("sign-in");
            signIn(browser);
            assertTrue(browser.findElement(By.cssSelector(".site-header .session-status")).getText().contains("Signed in as editor"));
            check("signed-in");

            open("/summits/" + outcome.get("summitId"));
            WebElement fact = browser.findElement(By.id("o-" + outcome.get("id")));
            assertEquals(Boolean.TRUE.equals(outcome.get("curated")), !fact.findElements(By.cssSelector(".badge-curated")).isEmpty(),
                    "the badge shows whether the outcome was curated");
            fact.findElement(By.cssSelector("details.curate > summary")).click();
            for (WebElement summary : browser.findElements(By.cssSelector("details.curate:not([open]) > summary"))) {
                summary.click(); // every form open, so that axe-core checks them all
            }
            check("summit-curation-forms");

            String status = otherStatus((String) outcome.get("status"));
            fact = browser.findElement(By.id("o-" + outcome.get("id")));
            new Select(fact.findElement(By.cssSelector("select[name=status]"))).selectByValue(status);
            fact.findElement(By.cssSelector("input[name=note]")).sendKeys("Browser test: the communique says so");
            fact.findElement(By.cssSelector("form button[type=submit]")).click();

            WebElement corrected = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
                List<WebElement> message = d.findElements(By.id("o-" + outcome.get("id") + "-msg"));
                return message.isEmpty() ? null : d.findElement(By.id("o-" + outcome.get("id")));
            });
            assertTrue(corrected.getText().contains("Status changed to"), corrected.getText());
            assertTrue(corrected.findElement(By.cssSelector(".badge-curated")).getText().startsWith("curated"), "the curated badge");
            check("summit-corrected");
            given().get(catalog + "/api/v1/outcomes/" + outcome.get("id")).then().body("status", equalTo(status)).body("curated", equalTo(true));
            given().get(catalog + "/api/v1/corrections?limit=50").then()
                    .body("items.findAll { it.note == 'Browser test: the communique says so' }.editor", hasItem("editor"));

            // A person's page: the role, merge and retag forms pass axe-core too.
            String person = given().get(catalog + "/api/v1/people?limit=100").then().extract().jsonPath()
                    .getString("items.find { it.roles.size() > 0 }.id");
            if (person != null) {
                open("/people/" + person);
                for (WebElement summary : browser.findElements(By.cssSelector("details.curate:not([open]) > summary"))) {
                    summary.click();
                }
                assertFalse(browser.findElements(By.cssSelector("form[action='/curation/edit-role']")).isEmpty(), "a role form");
                check("person-curation-forms");
            }

            // Readers see the badge too.
            given().get(web + "/summits/" + outcome.get("summitId")).then().body(containsString("badge-curated"))
                    .body(not(containsString("/curation/")));
        } finally {
            signOut(browser);
        }
        assertTrue(browser.findElements(By.cssSelector("details.curate")).isEmpty(), "signed out: no forms");
    }

    @Test
    void withJavaScriptOffEveryPageWorksAnArticleCanBeAddedAndAnEditorCanCorrect() throws IOException {
        WebDriver noScripts = chromium(false);
        try {
            noScripts.get(web + "/");
            checkWithoutScripts(noScripts, "nojs-home");
            follow(noScripts, "nav a[href='/timeline']");
            checkWithoutScripts(noScripts, "nojs-timeline");
            follow(noScripts, "ol.timeline a[href^='/summits/']");
            checkWithoutScripts(noScripts, "nojs-summit");
            follow(noScripts, "nav a[href='/topics']");
            checkWithoutScripts(noScripts, "nojs-issue-tracker");
            follow(noScripts, "table.matrix tbody th a[href^='/topics/']");
            checkWithoutScripts(noScripts, "nojs-topic");
            if (noScripts.findElements(By.cssSelector("main a[href^='/people/']")).isEmpty()) {
                follow(noScripts, "nav a[href='/people']");
            }
            follow(noScripts, "main a[href^='/people/']");
            checkWithoutScripts(noScripts, "nojs-person");
            if (noScripts.findElements(By.cssSelector("main a[href^='/documents/']")).isEmpty()) {
                noScripts.get(web + "/");
            }
            follow(noScripts, "main a[href^='/documents/']");
            checkWithoutScripts(noScripts, "nojs-document");
            // Scripts really are off: selecting a fact only follows its link, the panel script does not run.
            List<WebElement> facts = noScripts.findElements(By.cssSelector("a.fact"));
            if (!facts.isEmpty()) {
                facts.get(0).click();
                assertEquals("", noScripts.findElement(By.id("selected-fact")).getText(), "document.js did not run");
            }

            // Add an article: the form posts, the progress page refreshes itself (<noscript> meta refresh) until done.
            String marker = UUID.randomUUID().toString().substring(0, 8);
            String title = "Washington, December 1987 " + marker;
            noScripts.get(web + "/add");
            checkWithoutScripts(noScripts, "nojs-add");
            noScripts.findElement(By.id("add-text")).sendKeys(title + "\n\nReagan and Gorbachev signed the INF Treaty in Washington. "
                    + "Gorbachev said the treaty was a big step.\n");
            noScripts.findElement(By.cssSelector("form.add-form button[type=submit]")).click();
            new WebDriverWait(noScripts, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/add/"));
            checkWithoutScripts(noScripts, "nojs-add-progress");
            WebElement link = new WebDriverWait(noScripts, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(d -> {
                List<WebElement> links = d.findElements(By.cssSelector("#progress-link a"));
                return links.isEmpty() ? null : links.get(0);
            });
            checkWithoutScripts(noScripts, "nojs-add-done");
            link.click();
            new WebDriverWait(noScripts, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documents/"));
            assertEquals(title + " · Summit Tracker", noScripts.getTitle());
            checkWithoutScripts(noScripts, "nojs-added-document");

            // An editor corrects without scripts too: <details> opens, the form posts and comes back with the message.
            Map<String, Object> outcome = uncuratedOutcomeOfASummit();
            signIn(noScripts);
            noScripts.get(web + "/summits/" + outcome.get("summitId"));
            WebElement fact = noScripts.findElement(By.id("o-" + outcome.get("id")));
            fact.findElement(By.cssSelector("details.curate > summary")).click();
            String status = otherStatus((String) outcome.get("status"));
            new Select(fact.findElement(By.cssSelector("select[name=status]"))).selectByValue(status);
            fact.findElement(By.cssSelector("form button[type=submit]")).click();
            WebElement corrected = new WebDriverWait(noScripts, Duration.ofSeconds(20)).until(d ->
                    d.findElements(By.id("o-" + outcome.get("id") + "-msg")).isEmpty() ? null : d.findElement(By.id("o-" + outcome.get("id"))));
            assertFalse(corrected.findElements(By.cssSelector(".badge-curated")).isEmpty(), "the curated badge");
            checkWithoutScripts(noScripts, "nojs-summit-corrected");
            signOut(noScripts);
        } finally {
            noScripts.quit();
        }
    }

    /** The stack's editor token, as an editor would copy it from the data folder. */
    private static String stackEditorToken() throws IOException {
        return Files.readString(stack.settings().dataDir().resolve("auth/editor-token.txt")).strip();
    }

    private static void signIn(WebDriver driver) throws IOException {
        driver.get(web + "/sign-in");
        WebElement field = driver.findElement(By.id("token"));
        field.sendKeys(stackEditorToken());
        driver.findElement(By.cssSelector("form.sign-in-form button[type=submit]")).click();
        // while the answer page replaces the form, the old page's nodes vanish under the driver: keep looking
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("Signed in as editor"));
    }

    private static void signOut(WebDriver driver) {
        driver.get(web + "/sign-in");
        List<WebElement> buttons = driver.findElements(By.cssSelector("main form.session-form button[type=submit]"));
        if (!buttons.isEmpty()) {
            buttons.get(0).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> !d.findElements(By.id("token")).isEmpty());
        }
    }

    /** An outcome shown on a summit page, one nobody corrected yet if there is one (each test corrects its own). */
    private static Map<String, Object> uncuratedOutcomeOfASummit() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> outcomes = given().get(catalog + "/api/v1/outcomes?limit=200").then().statusCode(200)
                    .extract().jsonPath().getList("items");
            List<Map<String, Object>> ofSummits = outcomes.stream().filter(o -> o.get("summitId") != null).toList();
            return ofSummits.stream().filter(o -> !Boolean.TRUE.equals(o.get("curated"))).findFirst()
                    .orElse(ofSummits.isEmpty() ? null : ofSummits.get(0));
        }, java.util.Objects::nonNull);
    }

    private static String otherStatus(String status) {
        return "agreed-in-principle".equals(status) ? "proposed" : "agreed-in-principle";
    }

    /** Without scripts axe-core cannot run: the page answers, is small, is not an error page; and a screenshot. */
    private static void checkWithoutScripts(WebDriver driver, String name) {
        screenshot(driver, name);
        String url = driver.getCurrentUrl();
        assertFalse(driver.getTitle().startsWith("Something went wrong"), name + ": " + url);
        assertFalse(driver.findElements(By.tagName("main")).isEmpty(), name + " has its main content");
        byte[] body = given().cookies(cookiesOf(driver)).get(url).then().extract().asByteArray();
        assertTrue(body.length < MAX_PAGE_BYTES, name + " is " + body.length + " bytes");
    }

    /** The browser's session cookie, to measure a page as the editor gets it (the flash message is left out). */
    private static Map<String, String> cookiesOf(WebDriver driver) {
        return driver.manage().getCookies().stream().filter(c -> !c.getName().equals("summit_flash"))
                .collect(Collectors.toMap(org.openqa.selenium.Cookie::getName, org.openqa.selenium.Cookie::getValue));
    }

    private static void open(String path) {
        browser.get(web + path);
    }

    private static void follow(String cssSelector) {
        follow(browser, cssSelector);
    }

    private static void follow(WebDriver driver, String cssSelector) {
        List<WebElement> links = driver.findElements(By.cssSelector(cssSelector));
        assertFalse(links.isEmpty(), "a link " + cssSelector + " on " + driver.getCurrentUrl());
        String href = links.get(0).getAttribute("href");
        links.get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(href));
    }

    /** The page answers, is small, has no serious or critical accessibility violations; and a screenshot. */
    private static void check(String name) {
        screenshot(name);
        String url = browser.getCurrentUrl();
        assertFalse(browser.getTitle().startsWith("Something went wrong"), name + ": " + url);
        byte[] body = given().cookies(cookiesOf(browser)).get(url).then().extract().asByteArray();
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
        screenshot(browser, name);
    }

    private static synchronized void screenshot(WebDriver driver, String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
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
