package nl.rugzak.platform.initiatives;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * An initiative or a step that cannot be taken as given, with what is wrong per field. Each problem is a text key, so
 * the form shows it in the visitor's language; {@link #problems()} and {@link #getMessage()} read Dutch, for logs.
 */
public class InvalidInitiativeException extends UserFacingException {

    private final transient Map<String, Problem> problems;

    public InvalidInitiativeException(Map<String, Problem> problems) {
        super("initiatives.invalid");
        // In the given order, so the joined message reads field by field.
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** A problem with the whole step rather than one field. */
    public InvalidInitiativeException(String key, Object... args) {
        this(Map.of("form", Problem.textKey(key, args)));
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

        /** A refusal from elsewhere (an unusable image, say), in its own words. */
        static Problem of(UserFacingException refusal) {
            return refusal::messageIn;
        }
    }
}
