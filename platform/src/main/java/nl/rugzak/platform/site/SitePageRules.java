package nl.rugzak.platform.site;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a page may hold, with the message an editor sees when it does not fit. */
public final class SitePageRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    private SitePageRules() {
    }

    public static Map<String, String> problems(String key, String title, String body) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (key == null || !key.matches("[a-z][a-z0-9-]{0,39}")) {
            problems.put("key", "Ongeldige paginanaam.");
        }
        if (title == null || title.isBlank()) {
            problems.put("title", "Vul een titel in.");
        } else if (title.length() > MAX_TITLE) {
            problems.put("title", "De titel mag maximaal " + MAX_TITLE + " tekens hebben.");
        }
        if (body != null && body.length() > MAX_BODY) {
            problems.put("body", "De tekst mag maximaal " + MAX_BODY + " tekens hebben.");
        }
        return problems;
    }

    static void check(String key, String title, String body) {
        Map<String, String> problems = problems(key, title, body);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
    }
}
