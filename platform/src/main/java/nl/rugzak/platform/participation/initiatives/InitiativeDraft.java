package nl.rugzak.platform.participation.initiatives;

import nl.rugzak.tenantadmin.text.UserText;

import static nl.rugzak.platform.content.FieldProblem.textKey;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/** What a resident fills in for an initiative, with what each field shows when it does not fit. */
public record InitiativeDraft(String title, String summary, String description, String place, Long categoryId,
                              String helpWanted, boolean showContact) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public InitiativeDraft {
        title = UserText.line(title);
        summary = UserText.lines(summary);
        description = UserText.lines(description);
        place = UserText.line(place);
        helpWanted = UserText.lines(helpWanted);
    }


    public static final int MAX_TITLE = 120;
    public static final int MIN_TITLE = 5;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_PLACE = 120;
    public static final int MAX_HELP = 1_000;

    public Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String t = strip(title);
        if (t.isEmpty()) {
            problems.put("title", textKey("initiatives.draft.title-empty"));
        } else if (UserText.visibleLength(t) < MIN_TITLE) {
            problems.put("title", textKey("initiatives.draft.title-too-short", MIN_TITLE));
        } else if (UserText.length(t) > MAX_TITLE) {
            problems.put("title", textKey("initiatives.draft.title-too-long", MAX_TITLE, UserText.length(t)));
        }
        String s = strip(summary);
        if (s.isEmpty()) {
            problems.put("summary", textKey("initiatives.draft.summary-empty"));
        } else if (UserText.length(s) > MAX_SUMMARY) {
            problems.put("summary", textKey("initiatives.draft.summary-too-long", MAX_SUMMARY, UserText.length(s)));
        }
        if (UserText.length(description) > MAX_DESCRIPTION) {
            problems.put("description", textKey("initiatives.draft.description-too-long", MAX_DESCRIPTION,
                    UserText.length(description)));
        }
        if (UserText.length(place) > MAX_PLACE) {
            problems.put("place", textKey("initiatives.draft.place-too-long", MAX_PLACE, UserText.length(place)));
        }
        if (UserText.length(helpWanted) > MAX_HELP) {
            problems.put("helpWanted", textKey("initiatives.draft.help-too-long", MAX_HELP, UserText.length(helpWanted)));
        }
        return problems;
    }

    InitiativeDraft stripped() {
        return new InitiativeDraft(strip(title), strip(summary), strip(description), strip(place), categoryId,
                strip(helpWanted), showContact);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
