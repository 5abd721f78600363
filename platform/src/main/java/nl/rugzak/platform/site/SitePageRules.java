package nl.rugzak.platform.site;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.rugzak.tenantadmin.text.Texts;

/** What a page may hold, with the message (a text key) an editor sees when it does not fit. */
public final class SitePageRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    /** One problem as a text key and its arguments, read in the editor's language. */
    public record ProblemKey(String key, Object... args) {

        public String in(Locale locale) {
            return Texts.get(locale, key, args);
        }
    }

    private SitePageRules() {
    }

    /** Field ("key", "title", "body") → what is wrong with it. */
    public static Map<String, ProblemKey> problems(String key, String title, String body) {
        Map<String, ProblemKey> problems = new LinkedHashMap<>();
        if (key == null || !key.matches("[a-z][a-z0-9-]{0,39}")) {
            problems.put("key", new ProblemKey("site.page.key-invalid"));
        }
        if (title == null || title.isBlank()) {
            problems.put("title", new ProblemKey("site.page.title-missing"));
        } else if (title.length() > MAX_TITLE) {
            problems.put("title", new ProblemKey("site.page.title-too-long", MAX_TITLE));
        }
        if (body != null && body.length() > MAX_BODY) {
            problems.put("body", new ProblemKey("site.page.body-too-long", MAX_BODY));
        }
        return problems;
    }

    /** All problems in one line, in {@code locale}. */
    public static String describe(Map<String, ProblemKey> problems, Locale locale) {
        return problems.values().stream().map(problem -> problem.in(locale)).collect(Collectors.joining(" "));
    }

    static void check(String key, String title, String body) {
        Map<String, ProblemKey> problems = problems(key, title, body);
        if (!problems.isEmpty()) {
            // The page editor checks first, so this only stops a caller that skipped it; logs read Dutch.
            throw new IllegalArgumentException(describe(problems, Texts.DUTCH));
        }
    }
}
