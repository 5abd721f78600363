package nl.rugzak.platform.benchmark;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.rugzak.platform.support.Browser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens a Vaadin page over HTTP the way the browser and Vaadin's client do before anything is drawn. With eager server
 * load (this application's setting) the first request already runs the view and carries its UIDL in the page; without
 * it, the client asks Vaadin's init (a new UI, no view yet) and then sends the navigation event to the route, in which
 * the server runs the view. The time of those requests is what a visitor waits for apart from the browser's drawing.
 */
final class VaadinPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VaadinPages() {
    }

    /**
     * Returns the size in bytes of what was sent; fails on anything but 200 and when the view did not show
     * {@code mustShow} (an error page may answer 200 too).
     */
    static long open(Browser browser, String site, String path, String mustShow) {
        HttpResponse<String> page = browser.get(site + path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        if (page.body().contains(mustShow)) {
            return bytes(page);
        }
        String[] parts = path.substring(1).split("\\?", 2);
        String query = parts.length > 1 ? parts[1] : "";
        HttpResponse<String> init = browser.get(site + "/?v-r=init&location=" + encoded(parts[0]) + "&query="
                + encoded(query));
        if (init.statusCode() != 200) {
            throw new IllegalStateException("Vaadin's init for " + path + " answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        JsonNode uidl = config.get("uidl");
        ObjectNode navigation = JSON.createObjectNode();
        navigation.put("csrfToken", uidl.get("Vaadin-Security-Key").asString());
        navigation.put("syncId", uidl.get("syncId").asInt());
        navigation.put("clientId", uidl.get("clientId").asInt());
        ObjectNode event = navigation.putArray("rpc").addObject();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        ObjectNode data = event.putObject("data");
        data.put("route", parts[0]);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        HttpResponse<String> view = browser.postJson(site + "/?v-r=uidl&v-uiId=" + config.get("v-uiId").asInt(),
                navigation.toString());
        if (view.statusCode() != 200 || !view.body().contains(mustShow)) {
            throw new IllegalStateException(path + " answered " + view.statusCode() + " without '" + mustShow + "': "
                    + view.body().substring(0, Math.min(1_500, view.body().length())));
        }
        return bytes(page) + bytes(init) + bytes(view);
    }

    private static long bytes(HttpResponse<String> response) {
        return response.body().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
