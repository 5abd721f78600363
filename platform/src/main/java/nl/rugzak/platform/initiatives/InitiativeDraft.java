package nl.rugzak.platform.initiatives;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a resident fills in for an initiative, with the message each field shows when it does not fit. */
public record InitiativeDraft(String title, String summary, String description, String place, Long categoryId,
                              String helpWanted, boolean showContact) {

    public static final int MAX_TITLE = 120;
    public static final int MIN_TITLE = 5;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_PLACE = 120;
    public static final int MAX_HELP = 1_000;

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        String t = strip(title);
        if (t.isEmpty()) {
            problems.put("title", "Geef uw initiatief een titel.");
        } else if (t.length() < MIN_TITLE) {
            problems.put("title", "De titel moet minstens " + MIN_TITLE + " tekens hebben.");
        } else if (t.length() > MAX_TITLE) {
            problems.put("title", tooLong("De titel", MAX_TITLE, t.length()));
        }
        String s = strip(summary);
        if (s.isEmpty()) {
            problems.put("summary", "Vertel in een of twee zinnen waar het over gaat.");
        } else if (s.length() > MAX_SUMMARY) {
            problems.put("summary", tooLong("De korte samenvatting", MAX_SUMMARY, s.length()));
        }
        if (strip(description).length() > MAX_DESCRIPTION) {
            problems.put("description", tooLong("De beschrijving", MAX_DESCRIPTION, strip(description).length()));
        }
        if (strip(place).length() > MAX_PLACE) {
            problems.put("place", tooLong("De buurt of plek", MAX_PLACE, strip(place).length()));
        }
        if (strip(helpWanted).length() > MAX_HELP) {
            problems.put("helpWanted", tooLong("De gevraagde hulp", MAX_HELP, strip(helpWanted).length()));
        }
        return problems;
    }

    InitiativeDraft stripped() {
        return new InitiativeDraft(strip(title), strip(summary), strip(description), strip(place), categoryId,
                strip(helpWanted), showContact);
    }

    private static String tooLong(String field, int max, int now) {
        return field + " mag hoogstens " + max + " tekens hebben (nu " + now + ").";
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
