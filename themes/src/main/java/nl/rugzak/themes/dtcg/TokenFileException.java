package nl.rugzak.themes.dtcg;

/** A token file that cannot be read; the message is Dutch and says what is wrong with the file. */
public class TokenFileException extends IllegalArgumentException {

    public TokenFileException(String dutchMessage) {
        super(dutchMessage);
    }
}
