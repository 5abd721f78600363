package nl.rugzak.themes.dtcg;

import nl.rugzak.themes.text.ThemeRefusal;

/** A token file that cannot be read; the text says what is wrong with the file. */
public class TokenFileException extends ThemeRefusal {

    public TokenFileException(String key, Object... args) {
        super(key, args);
    }
}
