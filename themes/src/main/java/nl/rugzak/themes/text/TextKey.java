package nl.rugzak.themes.text;

import java.util.Arrays;

/**
 * A text for people, as a key into the {@code themes} text bundle with its arguments; the application that shows it
 * picks the language. An argument may itself be a {@code TextKey} (a token's name inside a refusal) or a list of
 * them (shown separated by commas), which the application translates too. The themes module knows no language of its own.
 */
public record TextKey(String key, Object... args) {

    public TextKey {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextKey that && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return args.length == 0 ? key : key + Arrays.toString(args);
    }
}
