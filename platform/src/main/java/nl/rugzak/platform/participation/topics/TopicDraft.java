package nl.rugzak.platform.participation.topics;

import nl.rugzak.tenantadmin.text.UserText;

import static nl.rugzak.platform.content.FieldProblem.textKey;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.rugzak.platform.content.FieldProblem;

/** What staff fill in for a topic, with the message each field shows when it does not fit. */
public record TopicDraft(String title, String summary, String plans, String questions, TopicStatus status,
                         String contactName, String contactEmail) {

    // Typed text by the one rule (control, bidi and invisible characters), before any check reads it.
    public TopicDraft {
        title = UserText.line(title);
        summary = UserText.lines(summary);
        plans = UserText.lines(plans);
        questions = UserText.lines(questions);
        contactName = UserText.line(contactName);
        contactEmail = UserText.line(contactEmail);
    }


    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_PLANS = 10_000;
    public static final int MAX_QUESTIONS = 5_000;
    public static final int MAX_CONTACT_NAME = 120;

    public Map<String, FieldProblem> problems() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (blank(title)) {
            problems.put("title", textKey("topics.draft.title-empty"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", textKey("topics.draft.title-too-long", MAX_TITLE));
        }
        if (blank(summary)) {
            problems.put("summary", textKey("topics.draft.summary-empty"));
        } else if (summary.strip().length() > MAX_SUMMARY) {
            problems.put("summary", textKey("topics.draft.summary-too-long", MAX_SUMMARY));
        }
        if (plans != null && plans.length() > MAX_PLANS) {
            problems.put("plans", textKey("topics.draft.plans-too-long", MAX_PLANS));
        }
        if (questions != null && questions.length() > MAX_QUESTIONS) {
            problems.put("questions", textKey("topics.draft.questions-too-long", MAX_QUESTIONS));
        }
        if (status == null) {
            problems.put("status", textKey("topics.draft.status-empty"));
        }
        if (contactName != null && contactName.length() > MAX_CONTACT_NAME) {
            problems.put("contactName", textKey("topics.draft.contact-name-too-long", MAX_CONTACT_NAME));
        }
        if (!blank(contactEmail) && (contactEmail.length() > 254 || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.put("contactEmail", textKey("topics.draft.contact-email-invalid"));
        }
        return problems;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
