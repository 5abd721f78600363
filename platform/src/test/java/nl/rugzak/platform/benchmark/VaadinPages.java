package nl.rugzak.platform.benchmark;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.rugzak.platform.support.Browser;

/**
 * Opens a Vaadin page over HTTP the way a browser does before it draws anything: the bootstrap page, then Vaadin's
 * init request, in which the server runs the route's view (its services, its components) and answers the first
 * UIDL. The time of both is what a visitor waits for apart from the browser's own drawing.
 */
final class VaadinPages {

    private VaadinPages() {
    }

    /** Returns the size in bytes of what was sent (bootstrap plus first UIDL); fails on anything but 200. */
    static long open(Browser browser, String site, String path) {
        HttpResponse<String> page = browser.get(site + path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        String[] parts = path.substring(1).split("\\?", 2);
        HttpResponse<String> init = browser.get(site + "/?v-r=init&location=" + encoded(parts[0]) + "&query="
                + (parts.length > 1 ? encoded(parts[1]) : ""));
        if (init.statusCode() != 200 || !init.body().contains("\"uidl\"")) {
            throw new IllegalStateException("Vaadin's init for " + path + " answered " + init.statusCode());
        }
        return page.body().getBytes(StandardCharsets.UTF_8).length + init.body().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
