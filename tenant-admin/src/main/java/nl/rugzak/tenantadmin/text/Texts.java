package nl.rugzak.tenantadmin.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word the UI shows, from the bundles under {@code i18n/} on the classpath: {@code <feature>.properties} in
 * Dutch (the default, plain B1 Dutch) and {@code <feature>_en.properties} in English. Each module keeps the bundles of
 * its own features; a key lives in exactly one bundle. Placeholders are {@code {0}}, {@code {1}}, …; no
 * MessageFormat, so an apostrophe ("foto's") needs no escaping. Static, because exceptions thrown far from any UI
 * carry keys and must still read as Dutch in logs.
 */
public final class Texts {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** The languages Rugzak speaks, the default first. */
    public static final List<Locale> LANGUAGES = List.of(DUTCH, ENGLISH);

    private static volatile Map<String, Map<String, String>> byLanguage;

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String text = bundle(languageOf(locale)).get(key);
        return text == null ? "!" + key + "!" : fill(text, locale, args);
    }

    /** The Dutch text, for logs and exception messages. */
    public static String dutch(String key, Object... args) {
        return get(DUTCH, key, args);
    }

    /** "1 reactie" or "3 reacties": the key with {@code .one} or {@code .other}, the count as {@code {0}}. */
    public static String count(Locale locale, String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(locale, key + (count == 1 ? ".one" : ".other"), args);
    }

    public static boolean has(Locale locale, String key) {
        return bundle(languageOf(locale)).containsKey(key);
    }

    /** The language Rugzak speaks closest to {@code locale}: English for "en-GB", Dutch for anything it does not speak. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** Language → key → text, as loaded; for the test that both languages are complete. */
    public static Map<String, Map<String, String>> all() {
        return loaded();
    }

    private static String languageOf(Locale locale) {
        return supported(locale).getLanguage();
    }

    private static Map<String, String> bundle(String language) {
        return loaded().getOrDefault(language, Map.of());
    }

    private static String fill(String text, Locale locale, Object... args) {
        String filled = text;
        for (int i = 0; i < args.length; i++) {
            filled = filled.replace("{" + i + "}", format(args[i], locale));
        }
        return filled;
    }

    private static String format(Object value, Locale locale) {
        if (value instanceof Integer || value instanceof Long) {
            return NumberFormat.getIntegerInstance(supported(locale)).format(value);
        }
        return String.valueOf(value);
    }

    private static Map<String, Map<String, String>> loaded() {
        Map<String, Map<String, String>> texts = byLanguage;
        if (texts == null) {
            synchronized (Texts.class) {
                if (byLanguage == null) {
                    byLanguage = load();
                }
                texts = byLanguage;
            }
        }
        return texts;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> texts = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(Texts.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                String language = file.endsWith("_en.properties") ? "en" : "nl";
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> bundle = texts.computeIfAbsent(language, l -> new HashMap<>());
                for (String key : properties.stringPropertyNames()) {
                    String earlier = origin.put(language + ":" + key, file);
                    if (earlier != null && !earlier.equals(file)) {
                        throw new IllegalStateException("Text key " + key + " is in both " + earlier + " and " + file);
                    }
                    bundle.put(key, properties.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the text bundles", e);
        }
        texts.replaceAll((language, bundle) -> Map.copyOf(bundle));
        return Map.copyOf(texts);
    }

    /** Finds the text for {@code key} if it exists in that language. */
    public static Optional<String> find(Locale locale, String key) {
        return Optional.ofNullable(bundle(languageOf(locale)).get(key));
    }
}
