package nl.rugzak.platform.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * Something that cannot be saved as given, with what is wrong per field. Each problem is a text key, so the form shows
 * it in the visitor's language; {@link #problems()} and {@link #getMessage()} read Dutch, for logs.
 */
public abstract class InvalidFieldsException extends UserFacingException {

    private final transient Map<String, FieldProblem> problems;

    protected InvalidFieldsException(String key, Map<String, FieldProblem> problems) {
        super(key);
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
}
