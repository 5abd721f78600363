package nl.rugzak.platform.participation.projects;

import nl.rugzak.tenantadmin.text.UserText;

import static nl.rugzak.platform.content.FieldProblem.textKey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/**
 * One phase as staff describe it: a name ("Ideeën verzamelen"), its days (both included), what residents can do
 * while it runs, and whether only residents of the municipality take part.
 */
public record PhaseDraft(String title, LocalDate startsOn, LocalDate endsOn, String whatNow, boolean localOnly) {

    public static final int MAX_TITLE = 80;
    public static final int MAX_WHAT_NOW = 1_000;

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public PhaseDraft {
        title = UserText.line(title);
        whatNow = UserText.lines(whatNow);
    }

    public Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        String t = ProjectDraft.strip(title);
        if (t.isEmpty()) {
            problems.put("title", textKey("projects.phase.title-empty"));
        } else if (ProjectDraft.length(t) > MAX_TITLE) {
            problems.put("title", textKey("projects.draft.too-long", String.valueOf(MAX_TITLE), String.valueOf(ProjectDraft.length(t))));
        }
        if (startsOn == null) {
            problems.put("startsOn", textKey("projects.phase.start-empty"));
        }
        if (endsOn == null) {
            problems.put("endsOn", textKey("projects.phase.end-empty"));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            problems.put("endsOn", textKey("projects.phase.end-before-start"));
        }
        ProjectDraft.tooLong(problems, "whatNow", whatNow, MAX_WHAT_NOW);
        return problems;
    }

    PhaseDraft stripped() {
        return new PhaseDraft(ProjectDraft.strip(title), startsOn, endsOn, ProjectDraft.strip(whatNow), localOnly);
    }

    boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !endsOn.isBefore(otherStart) && !otherEnd.isBefore(startsOn);
    }
}
