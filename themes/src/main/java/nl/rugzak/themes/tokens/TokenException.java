package nl.rugzak.themes.tokens;

/** A token value that is not allowed; the message is Dutch and says what to fill in instead. */
public class TokenException extends IllegalArgumentException {

    public TokenException(String dutchMessage) {
        super(dutchMessage);
    }
}
