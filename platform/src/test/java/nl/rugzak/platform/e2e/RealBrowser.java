package nl.rugzak.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless, driven by Selenium. No
 * browser is downloaded: the binaries are found at their Debian paths or where {@code RUGZAK_CHROMIUM} and
 * {@code RUGZAK_CHROMEDRIVER} point. Each browser has its own fresh profile, so cookies start empty.
 */
public final class RealBrowser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path profile;

    public RealBrowser(String language) {
        try {
            profile = Files.createTempDirectory("rugzak-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Chromium.Binaries binaries = Chromium.locate();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries.browser());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-search-engine-choice-screen", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(binaries.driver()).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(DESKTOP);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        settle();
    }

    /** Waits until the page has loaded and Vaadin has no round trip in flight. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> Boolean.TRUE.equals(script("""
                if (document.readyState !== 'complete') return false;
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return true;
                return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    public Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text() {
        return (String) script("return document.body.innerText");
    }

    public String path() {
        return (String) script("return location.pathname + location.search");
    }

    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Selects everything in the focused field, as Ctrl+A does. */
    public void selectAll() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    }

    /** The element with focus, looking into shadow roots no further than Vaadin's hosts. */
    public WebElement focused() {
        return (WebElement) script("return document.activeElement");
    }

    public boolean hasFocusIn(WebElement element) {
        return Boolean.TRUE.equals(script(
                "const a = document.activeElement; return a === arguments[0] || arguments[0].contains(a);", element));
    }

    /**
     * Moves to {@code target} the way a keyboard user does: Tab from where focus is (at most 200 times, also
     * backwards through the start of the page), then the key that operates it. Fails when Tab never reaches it.
     */
    public void reachAndPress(WebElement target, CharSequence key) {
        reach(target);
        press(key);
        settle();
    }

    public void reach(WebElement target) {
        for (int step = 0; step < 200; step++) {
            if (hasFocusIn(target)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + describe(target) + " on " + path());
    }

    /** Types into a field reached by keyboard. */
    public void typeInto(WebElement field, String text) {
        reach(field);
        new Actions(driver).sendKeys(text).perform();
    }

    public String describe(WebElement element) {
        return (String) script("""
                const e = arguments[0];
                const label = e.getAttribute('aria-label') || e.getAttribute('label') || (e.innerText || '').trim().slice(0, 40);
                return '<' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '> "' + label + '"';
                """, element);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        settle();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only what fits in the window (Chromium's own capture, through chromedriver). */
    @SuppressWarnings("unchecked")
    public void fullPageScreenshot(Path file) {
        Map<String, Object> size = (Map<String, Object>) script(
                "return {w: document.documentElement.scrollWidth, h: Math.min(document.documentElement.scrollHeight, 12000)};");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("w"),
                        "height", size.get("h"), "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page wrote to the console since the last call: the first place to look when a page never settles. */
    public List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    public static By text(String tag, String text) {
        return By.xpath("//" + tag + "[normalize-space(.)=" + xpathLiteral(text) + "]");
    }

    public static By containing(String tag, String text) {
        return By.xpath("//" + tag + "[contains(normalize-space(.), " + xpathLiteral(text) + ")]");
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
