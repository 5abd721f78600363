package nl.rugzak.themes.text;

/**
 * Input the themes module refuses. It carries a key of the {@code themes} text bundle (with its arguments) that says
 * what is wrong; the message is that key, for logs.
 */
public abstract class ThemeRefusal extends IllegalArgumentException {

    private final transient TextKey text;

    protected ThemeRefusal(String key, Object... args) {
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
