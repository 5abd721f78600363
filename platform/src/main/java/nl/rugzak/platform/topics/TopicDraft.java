package nl.rugzak.platform.topics;

import java.util.LinkedHashMap;
import java.util.Map;

/** What staff fill in for a topic, with the message each field shows when it does not fit. */
public record TopicDraft(String title, String summary, String plans, String questions, TopicStatus status,
                         String contactName, String contactEmail) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_PLANS = 10_000;
    public static final int MAX_QUESTIONS = 5_000;

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title)) {
            problems.put("title", "Vul een titel in.");
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put("title", "De titel mag hoogstens " + MAX_TITLE + " tekens hebben.");
        }
        if (blank(summary)) {
            problems.put("summary", "Vat het thema samen in een of twee zinnen.");
        } else if (summary.strip().length() > MAX_SUMMARY) {
            problems.put("summary", "De samenvatting mag hoogstens " + MAX_SUMMARY + " tekens hebben.");
        }
        if (plans != null && plans.length() > MAX_PLANS) {
            problems.put("plans", "De plannen mogen hoogstens " + MAX_PLANS + " tekens hebben.");
        }
        if (questions != null && questions.length() > MAX_QUESTIONS) {
            problems.put("questions", "De vragen mogen hoogstens " + MAX_QUESTIONS + " tekens hebben.");
        }
        if (status == null) {
            problems.put("status", "Kies hoe ver de gemeente is.");
        }
        if (contactName != null && contactName.length() > 120) {
            problems.put("contactName", "De naam mag hoogstens 120 tekens hebben.");
        }
        if (!blank(contactEmail) && (contactEmail.length() > 254 || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.put("contactEmail", "Vul een geldig e-mailadres in, bijvoorbeeld wijkzaken@gemeente.nl.");
        }
        return problems;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
