package nl.rugzak.platform.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The gate every page and every state change in the journeys passes: axe-core with the WCAG 2.0/2.1/2.2 A and AA
 * rules, plus what axe cannot judge alone: the page language, one {@code h1} and no skipped heading level, a skip
 * link to the main content as the first stop, no untranslated text key. Each check also saves a screenshot at desktop
 * and phone width. Any finding fails the test with the rule, the element and the page.
 */
public final class AccessibilityGate {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Pattern MISSING_TEXT = Pattern.compile("![a-z][a-z0-9-]*(\\.[a-z0-9-]+)+!");

    private final RealBrowser browser;
    private final String journey;
    private final Path screenshots;
    private int step;

    public AccessibilityGate(RealBrowser browser, String journey) {
        this.browser = browser;
        this.journey = journey;
        this.screenshots = Path.of("target", "screenshots", journey);
        // An earlier run's pictures of this journey would be mistaken for this run's.
        try (var old = java.nio.file.Files.walk(screenshots)) {
            old.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (java.nio.file.NoSuchFileException none) {
            // first run: nothing to clear
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Checks the page as it is now; {@code state} names it in the report and the screenshot files. */
    public void check(String state) {
        check(state, true);
    }

    /**
     * Keycloak's login page: one form and nothing to skip, so no skip link is asked for (WCAG 2.4.1 is about
     * blocks repeated on many pages); everything else is checked the same.
     */
    public void checkLoginPage(String state) {
        check(state, false);
    }

    private void check(String state, boolean skipLink) {
        browser.settle();
        List<String> problems = new ArrayList<>();
        Results axe = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        for (Rule violation : axe.getViolations()) {
            for (CheckedNode node : violation.getNodes()) {
                problems.add("axe " + violation.getId() + " (" + violation.getHelp() + ") at " + node.getTarget()
                        + ": " + abbreviate(node.getHtml()));
            }
        }
        problems.addAll(structureProblems(skipLink));
        String page = browser.path();
        step++;
        String name = "%02d-%s".formatted(step, state.replaceAll("[^a-zA-Z0-9-]+", "-"));
        browser.fullPageScreenshot(screenshots.resolve(name + "-desktop.png"));
        browser.resize(RealBrowser.PHONE);
        browser.fullPageScreenshot(screenshots.resolve(name + "-phone.png"));
        Number sideways = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        if (sideways.intValue() > 0) {
            Object widest = browser.script("""
                    const wide = [...document.querySelectorAll('main *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1);
                    const last = wide[wide.length - 1];
                    return last ? last.tagName.toLowerCase() + '.' + last.className + ' (' + Math.round(last.getBoundingClientRect().width) + ' px)' : 'none';
                    """);
            problems.add("at phone width (" + RealBrowser.PHONE.getWidth() + " px) the page scrolls sideways by "
                    + sideways + " px (WCAG 1.4.10 reflow), e.g. at " + widest);
        }
        browser.resize(RealBrowser.DESKTOP);
        GateReport.record(journey, state, page, axe, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility gate failed in journey '" + journey + "', state '" + state
                    + "', page " + page + ":\n  " + String.join("\n  ", problems));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> structureProblems(boolean skipLink) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> page = (Map<String, Object>) browser.script("""
                const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                    .filter(h => h.offsetParent !== null || getComputedStyle(h).position === 'fixed')
                    .map(h => Number(h.tagName.substring(1)));
                const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                    .filter(e => e.tabIndex >= 0 && !e.disabled);
                const first = tabbable[0];
                return {
                    lang: document.documentElement.lang,
                    headings: headings,
                    firstStop: first ? (first.className + ' ' + first.getAttribute('href')) : '',
                    main: !!document.getElementById('main-content')
                };
                """);
        String lang = String.valueOf(page.get("lang"));
        if (!lang.equals("nl") && !lang.equals("en")) {
            problems.add("page language is '" + lang + "', not nl or en");
        }
        List<Number> headings = (List<Number>) page.get("headings");
        long h1 = headings.stream().filter(level -> level.intValue() == 1).count();
        if (h1 != 1) {
            problems.add("the page has " + h1 + " h1 headings, not exactly one");
        }
        for (int i = 1; i < headings.size(); i++) {
            if (headings.get(i).intValue() > headings.get(i - 1).intValue() + 1) {
                problems.add("heading level jumps from h" + headings.get(i - 1) + " to h" + headings.get(i));
            }
        }
        String firstStop = String.valueOf(page.get("firstStop"));
        boolean skipsToMain = firstStop.contains("rugzak-skip-link") && firstStop.endsWith("#main-content")
                && Boolean.TRUE.equals(page.get("main"));
        if (skipLink && !skipsToMain) {
            problems.add("the first Tab stop is not a skip link to #main-content but: " + firstStop);
        }
        Matcher missing = MISSING_TEXT.matcher(browser.text());
        while (missing.find()) {
            problems.add("untranslated text key " + missing.group());
        }
        return problems;
    }

    /**
     * A keyboard user's pass over the page from its start: the first Tab shows the skip link and Enter on it moves
     * focus into the main content; then Tab visits every stop with a visible focus indicator (the screen changes
     * around the element when it gets focus) and leaves the page in the end: never trapped.
     */
    public void keyboardPass(String state) {
        browser.script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();"
                + " document.body.setAttribute('tabindex', '-1'); document.body.focus(); document.body.removeAttribute('tabindex');");
        browser.press(Keys.TAB);
        WebElement skip = browser.focused();
        String skipClass = String.valueOf(skip.getAttribute("class"));
        List<String> problems = new ArrayList<>();
        if (!skipClass.contains("rugzak-skip-link")) {
            problems.add("the first Tab stop is " + browser.describe(skip) + ", not the skip link");
        } else if (!skip.isDisplayed() || skip.getRect().getWidth() < 2 || skip.getRect().getY() < 0) {
            problems.add("the skip link does not become visible when it has focus");
        }
        List<String> invisible = new ArrayList<>();
        int stops = 0;
        boolean left = false;
        BufferedImage before = image(browser.screenshot());
        WebElement current = skip;
        Map<String, Object> rect = rect(current);
        for (int i = 0; i < 250; i++) {
            browser.press(Keys.TAB);
            WebElement next = browser.focused();
            BufferedImage after = image(browser.screenshot());
            Map<String, Object> nextRect = rect(next);
            if (sameScroll(rect, nextRect) && !differs(before, after, rect)) {
                invisible.add(browser.describe(current));
            }
            stops++;
            if (next == null || "body".equalsIgnoreCase(next.getTagName()) || next.equals(skip)) {
                left = true;
                break;
            }
            current = next;
            rect = nextRect;
            before = after;
        }
        if (!left) {
            problems.add("focus is trapped: 250 Tab presses did not leave the page");
        }
        if (!invisible.isEmpty()) {
            problems.add("no visible focus on: " + String.join(", ", invisible));
        }
        GateReport.keyboard(journey, state, browser.path(), stops, problems);
        if (!problems.isEmpty()) {
            throw new AssertionError("Keyboard check failed in journey '" + journey + "', state '" + state + "', page "
                    + browser.path() + ":\n  " + String.join("\n  ", problems));
        }
        browser.script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        browser.open(browser.driver().getCurrentUrl().replaceAll("#.*$", ""));
        browser.find(org.openqa.selenium.By.id("main-content"));
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.press(Keys.TAB);
        WebElement first = browser.focused();
        browser.press(Keys.ENTER);
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5)).until(d ->
                    Boolean.TRUE.equals(browser.script("const m = document.getElementById('main-content');"
                            + " return !!m && m.contains(document.activeElement);")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Enter on the skip link (" + browser.describe(first) + ") does not move focus to the"
                    + " main content on " + browser.path() + "; focus is on " + browser.describe(browser.focused()));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rect(WebElement element) {
        if (element == null) {
            return Map.of();
        }
        return (Map<String, Object>) browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return {x: r.left, y: r.top, w: r.width, h: r.height, scroll: window.scrollY};
                """, element);
    }

    private static boolean sameScroll(Map<String, Object> a, Map<String, Object> b) {
        return !a.isEmpty() && !b.isEmpty() && ((Number) a.get("scroll")).doubleValue() == ((Number) b.get("scroll")).doubleValue();
    }

    /** Whether anything within 4 px around the element looks different with and without focus. */
    private static boolean differs(BufferedImage focused, BufferedImage unfocused, Map<String, Object> rect) {
        int x0 = Math.max(0, (int) Math.floor(((Number) rect.get("x")).doubleValue()) - 4);
        int y0 = Math.max(0, (int) Math.floor(((Number) rect.get("y")).doubleValue()) - 4);
        int x1 = Math.min(Math.min(focused.getWidth(), unfocused.getWidth()),
                (int) Math.ceil(((Number) rect.get("x")).doubleValue() + ((Number) rect.get("w")).doubleValue()) + 4);
        int y1 = Math.min(Math.min(focused.getHeight(), unfocused.getHeight()),
                (int) Math.ceil(((Number) rect.get("y")).doubleValue() + ((Number) rect.get("h")).doubleValue()) + 4);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (focused.getRGB(x, y) != unfocused.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return x1 <= x0 || y1 <= y0;
    }

    private static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
