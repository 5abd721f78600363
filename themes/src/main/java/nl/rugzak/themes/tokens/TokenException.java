package nl.rugzak.themes.tokens;

import nl.rugzak.themes.text.ThemeRefusal;

/** A token value that is not allowed; the text says what to fill in instead. */
public class TokenException extends ThemeRefusal {

    public TokenException(String key, Object... args) {
        super(key, args);
    }
}
