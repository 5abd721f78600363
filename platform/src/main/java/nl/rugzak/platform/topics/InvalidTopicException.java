package nl.rugzak.platform.topics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * A topic that cannot be saved as given, with what is wrong per field. Each problem is a text key, so
 * the form shows it in the visitor's language; {@link #problems()} and {@link #getMessage()} read Dutch, for logs.
 */
public class InvalidTopicException extends UserFacingException {

    private final transient Map<String, Problem> problems;

    public InvalidTopicException(Map<String, Problem> problems) {
        super("topics.invalid");
        // In the given order, so the joined message reads field by field.
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field → Dutch text. */
    public Map<String, String> problems() {
        return problemsIn(Texts.DUTCH);
    }

    /** Field → text in the given language. */
    public Map<String, String> problemsIn(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, problem) -> texts.put(field, problem.in(locale)));
        return texts;
    }

    @Override
    public String getMessage() {
        return messageIn(Texts.DUTCH);
    }

    @Override
    public String messageIn(Locale locale) {
        return String.join(" ", problemsIn(locale).values());
    }

    /** What is wrong with one field, readable in each language. */
    @FunctionalInterface
    public interface Problem {

        String in(Locale locale);

        static Problem textKey(String key, Object... args) {
            Object[] copy = args.clone();
            return locale -> Texts.get(locale, key, copy);
        }
    }
}
