package nl.rugzak.platform.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a browser journey class before anything starts (no application context, no browser) when this machine has no
 * Chromium, with {@link Chromium}'s one-line advice. It fails, never skips: a build without its browser journeys
 * would pass without the accessibility gate.
 */
final class ChromiumRequired implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.locate();
    }
}
