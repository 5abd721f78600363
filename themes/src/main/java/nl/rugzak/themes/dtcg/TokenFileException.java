package nl.rugzak.themes.dtcg;

import nl.rugzak.themes.text.TextKey;

/**
 * A token file that cannot be read. It carries a key of the {@code themes} text bundle (with its arguments) that
 * says what is wrong with the file; the message is that key, for logs.
 */
public class TokenFileException extends IllegalArgumentException {

    private final transient TextKey text;

    public TokenFileException(String key, Object... args) {
        super(key);
        this.text = new TextKey(key, args);
    }

    public String key() {
        return text.key();
    }

    public Object[] args() {
        return text.args();
    }

    public TextKey text() {
        return text;
    }
}
