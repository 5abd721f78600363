package nl.rugzak.platform.participation.projects;

import nl.rugzak.tenantadmin.text.UserText;

import static nl.rugzak.platform.content.FieldProblem.textKey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/** What staff fill in for a project, with what each field shows when it does not fit. */
public record ProjectDraft(String title, String summary, String description, String area, String contact,
                           List<Long> topicIds) {

    public static final int MIN_TITLE = 3;
    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_AREA = 200;
    public static final int MAX_CONTACT = 300;

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public ProjectDraft {
        title = UserText.line(title);
        summary = UserText.lines(summary);
        description = UserText.lines(description);
        area = UserText.line(area);
        contact = UserText.lines(contact);
        topicIds = topicIds == null ? List.of() : List.copyOf(topicIds);
    }

    public Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String t = strip(title);
        if (t.isEmpty()) {
            problems.put("title", textKey("projects.draft.title-empty"));
        } else if (UserText.visibleLength(t) < MIN_TITLE) {
            problems.put("title", textKey("projects.draft.title-too-short", MIN_TITLE));
        } else if (length(t) > MAX_TITLE) {
            problems.put("title", textKey("projects.draft.too-long", String.valueOf(MAX_TITLE), String.valueOf(length(t))));
        }
        String s = strip(summary);
        if (s.isEmpty()) {
            problems.put("summary", textKey("projects.draft.summary-empty"));
        } else if (length(s) > MAX_SUMMARY) {
            problems.put("summary", textKey("projects.draft.too-long", String.valueOf(MAX_SUMMARY), String.valueOf(length(s))));
        }
        tooLong(problems, "description", description, MAX_DESCRIPTION);
        tooLong(problems, "area", area, MAX_AREA);
        tooLong(problems, "contact", contact, MAX_CONTACT);
        return problems;
    }

    ProjectDraft stripped() {
        return new ProjectDraft(strip(title), strip(summary), strip(description), strip(area), strip(contact),
                topicIds.stream().distinct().toList());
    }

    static void tooLong(Map<String, FieldProblem> problems, String field, String value, int max) {
        int length = length(strip(value));
        if (length > max) {
            problems.put(field, textKey("projects.draft.too-long", String.valueOf(max), String.valueOf(length)));
        }
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
