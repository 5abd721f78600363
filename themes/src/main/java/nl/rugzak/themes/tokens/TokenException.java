package nl.rugzak.themes.tokens;

import nl.rugzak.themes.text.TextKey;

/**
 * A token value that is not allowed. It carries a key of the {@code themes} text bundle (with its arguments) that
 * says what to fill in instead; the message is that key, for logs.
 */
public class TokenException extends IllegalArgumentException {

    private final transient TextKey text;

    public TokenException(String key, Object... args) {
        super(key);
        this.text = new TextKey(key, args);
    }

    public String key() {
        return text.key();
    }

    public Object[] args() {
        return text.args();
    }

    /** The refusal as a text to show, in whatever language the application shows it. */
    public TextKey text() {
        return text;
    }
}
