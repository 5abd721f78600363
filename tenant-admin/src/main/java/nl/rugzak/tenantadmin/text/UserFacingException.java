package nl.rugzak.tenantadmin.text;

import java.util.Locale;

/**
 * A refusal the person in front of the screen can act on ("the title is too long"). It carries a text key, not a
 * sentence, so each visitor reads it in their own language; {@link #getMessage()} is the Dutch text, for logs.
 */
public class UserFacingException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    @Override
    public String getMessage() {
        return Texts.dutch(key, args);
    }

    public String messageIn(Locale locale) {
        return Texts.get(locale, key, args);
    }
}
