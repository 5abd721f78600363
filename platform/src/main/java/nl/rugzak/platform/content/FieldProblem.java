package nl.rugzak.platform.content;

import java.util.Locale;

import nl.rugzak.tenantadmin.text.Texts;
import nl.rugzak.tenantadmin.text.UserFacingException;

/** What is wrong with one field of a form, readable in each language. */
@FunctionalInterface
public interface FieldProblem {

    String in(Locale locale);

    static FieldProblem textKey(String key, Object... args) {
        Object[] copy = args.clone();
        return locale -> Texts.get(locale, key, copy);
    }

    /** A refusal from elsewhere (an unusable image, say), in its own words. */
    static FieldProblem of(UserFacingException refusal) {
        return refusal::messageIn;
    }
}
