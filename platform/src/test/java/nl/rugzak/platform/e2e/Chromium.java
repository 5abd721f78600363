package nl.rugzak.platform.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the system Chromium and its chromedriver are: {@code RUGZAK_CHROMIUM} and {@code RUGZAK_CHROMEDRIVER}, else
 * Debian's paths. Looked up once per test run; when they are missing every browser journey fails with the same one
 * line that says how to get them, not with a stack trace from inside Selenium.
 */
final class Chromium {

    static final String HOW_TO_INSTALL = "install Debian's chromium and chromium-driver (apt-get install chromium"
            + " chromium-driver; .ci/run does this) or set RUGZAK_CHROMIUM and RUGZAK_CHROMEDRIVER to a matching"
            + " Chromium and chromedriver";

    record Binaries(String browser, String driver) {
    }

    private static volatile Object found;

    private Chromium() {
    }

    /** The binaries of this machine; throws {@link Missing} (one line, no stack trace) when there are none. */
    static Binaries locate() {
        Object result = found;
        if (result == null) {
            try {
                result = locate(System::getenv, path -> Files.isExecutable(path));
            } catch (Missing missing) {
                result = missing;
            }
            found = result;
        }
        if (result instanceof Missing missing) {
            throw new Missing(missing.getMessage());
        }
        return (Binaries) result;
    }

    static Binaries locate(Function<String, String> environment, Predicate<Path> executable) {
        String browser = find(environment, executable, "RUGZAK_CHROMIUM", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        String driver = find(environment, executable, "RUGZAK_CHROMEDRIVER", List.of("/usr/bin/chromedriver"));
        return new Binaries(browser, driver);
    }

    private static String find(Function<String, String> environment, Predicate<Path> executable, String variable,
                               List<String> candidates) {
        String configured = environment.apply(variable);
        if (configured != null && !configured.isBlank()) {
            if (!executable.test(Path.of(configured))) {
                throw new Missing("The browser tests need Chromium, but " + variable + "=" + configured
                        + " is not an executable file: " + HOW_TO_INSTALL + ".");
            }
            return configured;
        }
        for (String candidate : candidates) {
            if (executable.test(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new Missing("The browser tests need Chromium and found no " + candidates.getFirst() + ": "
                + HOW_TO_INSTALL + ".");
    }

    /** A missing browser is a fact about the machine, not a bug: its message is all there is to say. */
    static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
