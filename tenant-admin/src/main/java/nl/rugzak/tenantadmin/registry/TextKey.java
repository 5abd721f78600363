package nl.rugzak.tenantadmin.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import nl.rugzak.tenantadmin.text.Texts;

/**
 * What is wrong with an input, as a text key with its arguments: the screen says it in the reader's language,
 * logs and the audit log in Dutch.
 */
public final class TextKey {

    private final String key;
    private final Object[] args;

    public TextKey(String key, Object... args) {
        this.key = Objects.requireNonNull(key);
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String in(Locale locale) {
        return Texts.get(locale, key, args);
    }

    public String dutch() {
        return Texts.dutch(key, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextKey that && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return dutch();
    }
}
