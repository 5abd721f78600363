package nl.rugzak.platform.participation.ideas;

import nl.rugzak.tenantadmin.text.UserText;

import static nl.rugzak.platform.content.FieldProblem.textKey;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/** What a resident fills in for an idea, with what each field shows when it does not fit. */
public record IdeaDraft(String title, String description, String place, IdeaCategory category) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public IdeaDraft {
        title = UserText.line(title);
        description = UserText.lines(description);
        place = UserText.line(place);
    }


    public static final int MIN_TITLE = 5;
    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_PLACE = 120;

    public Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String t = strip(title);
        if (t.isEmpty()) {
            problems.put("title", textKey("ideas.draft.title-empty"));
        } else if (UserText.visibleLength(t) < MIN_TITLE) {
            problems.put("title", textKey("ideas.draft.title-too-short", MIN_TITLE));
        } else if (length(t) > MAX_TITLE) {
            problems.put("title", textKey("ideas.draft.too-long", String.valueOf(MAX_TITLE), String.valueOf(length(t))));
        }
        String d = strip(description);
        if (d.isEmpty()) {
            problems.put("description", textKey("ideas.draft.description-empty"));
        } else if (length(d) > MAX_DESCRIPTION) {
            problems.put("description", textKey("ideas.draft.too-long", String.valueOf(MAX_DESCRIPTION), String.valueOf(length(d))));
        }
        if (length(strip(place)) > MAX_PLACE) {
            problems.put("place", textKey("ideas.draft.too-long", String.valueOf(MAX_PLACE), String.valueOf(length(strip(place)))));
        }
        if (category == null) {
            problems.put("category", textKey("ideas.draft.category-empty"));
        }
        return problems;
    }

    IdeaDraft stripped() {
        return new IdeaDraft(strip(title), strip(description), strip(place), category);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
