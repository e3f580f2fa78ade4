package org.courrier.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.courrier.fixtures.GeneratedLetter;
import org.courrier.fixtures.LetterCorpus;
import org.courrier.fixtures.Rendering;
import org.courrier.routes.security.PasswordHasher;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.StateDatabase;
import org.courrier.routes.store.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review screen in a real headless Chromium (Debian's, through Debian's chromedriver) against the running
 * service with the standard pipeline: sign-in, the queue, a doubtful letter reviewed with the keyboard alone and
 * sent on as revision 2, a letter full of markup shown as text, and two reviewers on one letter.
 */
class ReviewScreenTest {

    private static final String PASSWORD = "a reviewer's password";
    private static final String XSS_SUBJECT = "<script>window.pwned=1</script> \"><img src=x onerror=window.pwned=2>";

    @TempDir
    static Path root;

    private static CourrierService service;
    private static Api api;
    private static String base;
    private static final List<String> generated = new ArrayList<>();
    private static String xssId;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void serviceWithLetters() throws Exception {
        try (StateDatabase db =
                StateDatabase.open("jdbc:h2:file:" + root.resolve("data/state/courrier") + ";WRITE_DELAY=0", "", "")) {
            Users users = new Users(new UserStore(db.dataSource(), Clock.systemUTC()), new PasswordHasher(4));
            users.add("rene", Role.REVIEWER, PASSWORD.toCharArray());
            users.add("rita", Role.REVIEWER, PASSWORD.toCharArray());
        }
        // every letter waits for a reviewer: the screen is what is tested here, not the confidences
        service = CourrierService.start(TestService.properties(
                root, Map.of("courrier.http.port", "0", "courrier.review.auto-accept-threshold", "0.999")));
        api = new Api(service.statusPort());
        base = "http://127.0.0.1:" + service.statusPort();
        Path dir = Files.createDirectories(root.resolve("generated"));
        List<GeneratedLetter> letters = LetterCorpus.generate(11, 2, EnumSet.of(Rendering.PDF), dir);
        Path xss = PdfLetter.write(
                dir.resolve("markup.pdf"),
                List.of(
                        "Ministere des <b>Essais</b>",
                        "N\u00b0 0042 / ME / DA",
                        "Bamako, le 12 mars 2024",
                        "A Monsieur le Directeur General de l'Office des Tests",
                        "Objet : " + XSS_SUBJECT,
                        "Monsieur le Directeur General,",
                        "J'ai l'honneur de vous transmettre les registres demandes.",
                        "Veuillez agreer l'expression de ma haute consideration.",
                        "Le Ministre"));
        for (GeneratedLetter l : letters) {
            drop(l.file());
            generated.add(waitFor(l.file().getFileName().toString()));
        }
        drop(xss);
        xssId = waitFor("markup.pdf");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private static void drop(Path file) throws Exception {
        Files.copy(file, root.resolve("inbox").resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String waitFor(String fileName) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            for (JsonNode item : api.json("/api/letters?limit=100").get("items")) {
                if (item.get("fileName").asText().equals(fileName)) {
                    return item.get("id").asText();
                }
            }
            assertThat(System.nanoTime()).as(fileName + " stored").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private ChromeDriver browser() {
        ChromeDriver b = Browser.open();
        browsers.add(b);
        return b;
    }

    private static WebDriverWait waiting(WebDriver b) {
        return new WebDriverWait(b, Duration.ofSeconds(30));
    }

    /** Signs in with the keyboard: name, Tab, password, Enter. Returns the keys pressed. */
    private static int signIn(WebDriver b, String name) {
        b.get(base + "/");
        waiting(b).until(d -> d.getCurrentUrl().endsWith("/login"));
        waiting(b).until(d -> d.findElement(By.id("login-name")).isDisplayed());
        b.switchTo().activeElement().sendKeys(name, Keys.TAB, PASSWORD, Keys.ENTER);
        waiting(b).until(d -> !d.findElements(By.cssSelector("#queue tbody tr")).isEmpty());
        return 2;
    }

    private static String activeName(WebDriver b) {
        return b.switchTo().activeElement().getAttribute("name");
    }

    private static Object js(WebDriver b, String script) {
        return ((JavascriptExecutor) b).executeScript(script);
    }

    private static void openByHash(WebDriver b, String id) {
        b.get(base + "/#/letters/" + id);
        // open: the fields are there and the cursor has been put on the first doubtful one
        waiting(b)
                .until(d -> d.findElement(By.id("letter-view")).isDisplayed()
                        && !d.findElements(By.cssSelector("#fields input")).isEmpty()
                        && "input".equals(d.switchTo().activeElement().getTagName()));
    }

    @Test
    void notSignedInTheScreenSendsYouToTheLoginPage() {
        WebDriver b = browser();
        b.get(base + "/");
        waiting(b).until(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(b.findElement(By.id("login-name")).isDisplayed()).isTrue();
        assertThat(b.findElement(By.id("login-submit")).getText()).isEqualTo("Sign in");

        b.get(base + "/#/letters/" + xssId);
        waiting(b).until(d -> d.getCurrentUrl().startsWith(base + "/login"));
        assertThat(b.findElements(By.id("fields"))).isEmpty();
    }

    @Test
    void aDoubtfulLetterIsCorrectedWithTheKeyboardAloneAndRevision2GoesOut() throws Exception {
        String id = generated.get(0);
        JsonNode before = api.json("/api/letters/" + id).get("record");
        String fileName = before.path("source").path("fileName").asText();
        String corrected = "Transmission des registres corrigée au clavier";

        ChromeDriver b = browser();
        int keys = signIn(b, "rene");
        // the queue: doubtful letters first, oldest first; move to the letter with the arrow keys
        List<WebElement> rows = b.findElements(By.cssSelector("#queue tbody tr"));
        int row = 0;
        while (!rows.get(row).getAttribute("data-id").equals(id)) {
            row++;
        }
        Actions keyboard = new Actions(b);
        for (int i = 0; i < row; i++) {
            keyboard.sendKeys(Keys.ARROW_DOWN).perform();
            keys++;
        }
        keyboard.sendKeys(Keys.ENTER).perform();
        keys++;
        waiting(b).until(d -> d.getCurrentUrl().endsWith("#/letters/" + id));
        waiting(b)
                .until(d -> !d.findElements(By.cssSelector("#page-boxes rect.evidence"))
                        .isEmpty());

        // its evidence boxes are drawn on the page, coloured by confidence
        List<WebElement> boxes = b.findElements(By.cssSelector("#page-boxes rect.evidence"));
        assertThat(boxes).isNotEmpty();
        assertThat(boxes.get(0).getAttribute("class")).containsAnyOf("ok", "doubt", "low");
        // the page comes at 150 dpi and is laid out in the boxes' 300 dpi pixels: box and image share a scale
        assertThat((Boolean) js(b, "return document.getElementById('page-image').naturalWidth < 1300"))
                .isTrue();
        assertThat((Boolean) js(
                        b,
                        "const i = document.getElementById('page-image');"
                                + " const v = document.getElementById('page-boxes').viewBox.baseVal;"
                                + " return v.width === i.naturalWidth * 2 && v.height === i.naturalHeight * 2"))
                .isTrue();
        // the cursor starts on the first doubtful field
        String first = activeName(b);
        assertThat(first).isNotNull();
        assertThat(b.findElement(By.cssSelector("#fields [data-field='" + first.split("\\.")[0] + "']"))
                        .getAttribute("class"))
                .contains("doubtful");
        saveScreenshot(b);

        // Tab to the subject, type the correction over it, Enter confirms, Ctrl+Enter approves
        int tabs = 0;
        while (!"subject".equals(activeName(b))) {
            b.switchTo().activeElement().sendKeys(Keys.TAB);
            keys++;
            assertThat(++tabs).as("Tab reaches the subject").isLessThan(20);
        }
        WebElement subject = b.switchTo().activeElement();
        subject.sendKeys(Keys.chord(Keys.CONTROL, "a"), corrected);
        keys += 1 + corrected.length();
        subject.sendKeys(Keys.ENTER);
        keys++;
        keyboard.keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        keys++;
        waiting(b).until(d -> d.findElement(By.id("message")).getText().contains("revision 2"));

        // revision 2 in the outbox, with the correction
        Path out = awaitFile(root.resolve("outbox"), fileName.replaceFirst("\\.pdf$", "") + ".", ".r2.json");
        JsonNode revision2 = Api.parse(Files.readString(out));
        assertThat(revision2.path("fields").path("subject").path("value").asText())
                .isEqualTo(corrected);
        assertThat(revision2.path("review").path("status").asText()).isEqualTo("REVIEWED");
        assertThat(revision2.toString()).contains("rene");
        // and in the audit trail
        JsonNode audit = api.json("/api/letters/" + id + "/audit");
        assertThat(audit).anySatisfy(a -> {
            assertThat(a.get("field").asText()).isEqualTo("subject");
            assertThat(a.get("after").asText()).contains(corrected);
            assertThat(a.get("by").asText()).isEqualTo("rene");
        });
        int typing = corrected.length();
        System.out.printf(
                "review keystrokes: %d in all, %d of them typing the corrected subject, %d control keys (%d Tab)%n",
                keys, typing, keys - typing, tabs);
    }

    @Test
    void markupInALetterIsShownAsTextAndRunsNothing() {
        WebDriver b = browser();
        signIn(b, "rene");
        String queue = b.findElement(By.id("queue")).getText();
        assertThat(queue).contains("<script>");
        openByHash(b, xssId);
        waiting(b)
                .until(d ->
                        d.findElement(By.name("subject")).getAttribute("value").contains("<script>"));

        assertThat(b.findElement(By.name("subject")).getAttribute("value"))
                .contains("<script>window.pwned=1</script>")
                .contains("\"><img src=x onerror=window.pwned=2>");
        assertThat(b.findElement(By.name("sender")).getAttribute("value")).contains("<b>");
        assertThat(js(b, "return typeof window.pwned")).isEqualTo("undefined");
        assertThat(js(b, "return document.querySelectorAll('script:not([src]), img[src=\"x\"], b').length"))
                .isEqualTo(0L);
    }

    @Test
    void twoReviewersOnOneLetterTheSecondGetsTheConflictAndNothingIsOverwritten() throws Exception {
        String id = generated.get(1);
        ChromeDriver first = browser();
        ChromeDriver second = browser();
        signIn(first, "rene");
        signIn(second, "rita");
        openByHash(first, id);
        openByHash(second, id);

        first.findElement(By.name("subject")).click();
        first.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Objet de Rene", Keys.ENTER);
        new Actions(first)
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        waiting(first).until(d -> d.findElement(By.id("message")).getText().contains("revision 2"));

        second.findElement(By.name("subject")).click();
        second.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Objet de Rita", Keys.ENTER);
        new Actions(second)
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        waiting(second).until(d -> d.findElement(By.id("message")).getText().contains("Someone else saved"));
        assertThat(second.findElement(By.id("message")).getText()).contains("revision 2");

        JsonNode letter = api.json("/api/letters/" + id);
        assertThat(letter.get("revision").asInt()).isEqualTo(2);
        assertThat(letter.path("record")
                        .path("fields")
                        .path("subject")
                        .path("value")
                        .asText())
                .isEqualTo("Objet de Rene");
    }

    private static Path awaitFile(Path folder, String prefix, String suffix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Stream<Path> files = Files.list(folder)) {
                var hit = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                                && p.getFileName().toString().endsWith(suffix))
                        .findFirst();
                if (hit.isPresent()) {
                    return hit.get();
                }
            }
            assertThat(System.nanoTime())
                    .as(prefix + "*" + suffix + " in the outbox")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The review screen as the reviewer sees it, for the README (target/review-screen.png). */
    private static void saveScreenshot(ChromeDriver b) throws Exception {
        Path png = Path.of("target", "review-screen.png");
        Files.createDirectories(png.getParent());
        Files.write(png, b.getScreenshotAs(OutputType.BYTES));
    }
}
