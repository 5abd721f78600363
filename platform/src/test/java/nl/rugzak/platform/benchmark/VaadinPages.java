package nl.rugzak.platform.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.rugzak.platform.support.Browser;
import tools.jackson.core.JsonParser;
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
    /** Reads the first JSON value of a text and ignores what follows it (the page's script goes on after it). */
    private static final JsonMapper FIRST_VALUE = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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

    /**
     * Many logged-in visitors over one shared HTTP client (one connection pool, as a load tool has), each with its
     * own cookies: a visitor logs in with {@link Browser} (Keycloak's real login) and hands its cookies over.
     */
    static final class Visitors {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final int appPort;

        Visitors(int appPort) {
            this.appPort = appPort;
        }

        /** A visitor with the cookies {@code browser} has for {@code host} (e.g. after its login). */
        Visitor from(Browser browser, String host) {
            return new Visitor(this, host, new LinkedHashMap<>(browser.cookiesOf(host)));
        }

        HttpResponse<String> send(Visitor visitor, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
                    .timeout(Duration.ofSeconds(60)).header("Host", visitor.host);
            Map<String, String> jar = visitor.cookies;
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            if (json == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json; charset=UTF-8");
                request.POST(HttpRequest.BodyPublishers.ofString(json));
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String set : response.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    jar.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One visitor (one HTTP session) of a site. */
    static final class Visitor {

        private final Visitors visitors;
        private final String host;
        private final Map<String, String> cookies;

        private Visitor(Visitors visitors, String host, Map<String, String> cookies) {
            this.visitors = visitors;
            this.host = host;
            this.cookies = java.util.Collections.synchronizedMap(cookies);
        }

        /**
         * Opens a page as the browser does with eager server load: one GET whose HTML carries the UI's first UIDL
         * (the view already rendered). Fails when {@code mustShow} is not in it.
         */
        OpenUi open(String path, String mustShow) {
            HttpResponse<String> page = visitors.send(this, path, null);
            String html = page.body();
            if (page.statusCode() != 200 || !html.contains(mustShow)) {
                throw new IllegalStateException(path + " answered " + page.statusCode() + " without '" + mustShow
                        + "'");
            }
            // Vaadin puts the first UIDL into the page as a script: window.Vaadin.TypeScript= {"appConfig": ...};
            JsonNode initial = null;
            String marker = "window.Vaadin.TypeScript= ";
            for (int at = html.indexOf(marker); at >= 0 && initial == null; at = html.indexOf(marker, at + 1)) {
                try (JsonParser parser = FIRST_VALUE.createParser(html.substring(at + marker.length()))) {
                    JsonNode candidate = FIRST_VALUE.readTree(parser);
                    // {"initial": {"appConfig": ...}} (Vaadin 25), or {"appConfig": ...}
                    JsonNode inner = candidate == null ? null : candidate.has("initial") ? candidate.get("initial") : candidate;
                    if (inner != null && inner.has("appConfig")) {
                        initial = inner;
                    }
                }
            }
            if (initial == null) {
                int at = Math.max(0, html.indexOf(marker));
                throw new IllegalStateException(path + " carries no UIDL (is eager server load off?): "
                        + html.substring(at, Math.min(html.length(), at + 400)));
            }
            JsonNode appConfig = initial.get("appConfig");
            return new OpenUi(this, appConfig.get("v-uiId").asInt(), appConfig.get("uidl"));
        }
    }

    /**
     * An open UI as Vaadin's client keeps it: the state tree the server sent (tags, texts, properties, children),
     * the security key and the request counters; it sends events and property changes as UIDL requests.
     */
    static final class OpenUi {

        /** One node of the state tree. */
        static final class Node {
            final int id;
            String tag;
            String text;
            final List<Integer> children = new ArrayList<>();
            final List<Integer> virtualChildren = new ArrayList<>();
            final Map<String, JsonNode> properties = new HashMap<>();
            final Map<String, JsonNode> attributes = new HashMap<>();
            final Map<String, JsonNode> listeners = new HashMap<>();

            Node(int id) {
                this.id = id;
            }
        }

        private final Visitor visitor;
        private final int uiId;
        private final String csrfToken;
        private int syncId;
        private int clientId;
        private final Map<Integer, Node> nodes = new HashMap<>();
        private final Map<String, JsonNode> constants = new HashMap<>();

        private OpenUi(Visitor visitor, int uiId, JsonNode uidl) {
            this.visitor = visitor;
            this.uiId = uiId;
            this.csrfToken = uidl.get("Vaadin-Security-Key").asString();
            apply(uidl);
        }

        private void apply(JsonNode uidl) {
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            }
            JsonNode sent = uidl.get("constants");
            if (sent != null) {
                sent.properties().forEach(constant -> constants.put(constant.getKey(), constant.getValue()));
            }
            JsonNode changes = uidl.get("changes");
            if (changes == null) {
                return;
            }
            for (JsonNode change : changes) {
                Node node = nodes.computeIfAbsent(change.get("node").asInt(), Node::new);
                String type = change.get("type").asString();
                int feature = change.has("feat") ? change.get("feat").asInt() : -1;
                if ("put".equals(type)) {
                    String key = change.get("key").asString();
                    JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
                    switch (feature) {
                        case 0 -> {
                            if ("tag".equals(key)) {
                                node.tag = value.asString();
                            }
                        }
                        case 1 -> node.properties.put(key, value);
                        case 3 -> node.attributes.put(key, value);
                        case 4 -> node.listeners.put(key, value);
                        case 7 -> node.text = value.asString();
                        default -> {
                        }
                    }
                } else if ("splice".equals(type) && (feature == 2 || feature == 24)) {
                    // 24: virtual children; the view's wrapper hangs under the UI's body as one of them.
                    List<Integer> list = feature == 2 ? node.children : node.virtualChildren;
                    int index = change.get("index").asInt();
                    int removed = change.has("remove") ? change.get("remove").asInt() : 0;
                    for (int i = 0; i < removed && index < list.size(); i++) {
                        list.remove(index);
                    }
                    if (change.has("addNodes")) {
                        int at = index;
                        for (JsonNode added : change.get("addNodes")) {
                            list.add(at++, added.asInt());
                        }
                    }
                } else if ("clear".equals(type) && (feature == 2 || feature == 24)) {
                    (feature == 2 ? node.children : node.virtualChildren).clear();
                }
            }
        }

        /** The text a node shows (its text nodes, in order). */
        String textOf(Node node) {
            StringBuilder text = new StringBuilder();
            collectText(node, text);
            return text.toString().strip();
        }

        private void collectText(Node node, StringBuilder text) {
            if (node.text != null) {
                text.append(node.text);
            }
            for (int child : node.children) {
                Node c = nodes.get(child);
                if (c != null) {
                    collectText(c, text);
                }
            }
        }

        /** The attached nodes (reachable from the UI's root) that match, in document order. */
        List<Node> find(Predicate<Node> test) {
            List<Node> found = new ArrayList<>();
            Node root = nodes.get(1);
            if (root != null) {
                collect(root, test, found);
            }
            return found;
        }

        private void collect(Node node, Predicate<Node> test, List<Node> found) {
            if (test.test(node)) {
                found.add(node);
            }
            for (int child : node.virtualChildren) {
                Node c = nodes.get(child);
                if (c != null) {
                    collect(c, test, found);
                }
            }
            for (int child : node.children) {
                Node c = nodes.get(child);
                if (c != null) {
                    collect(c, test, found);
                }
            }
        }

        Optional<Node> first(String tag, Predicate<Node> test) {
            return find(n -> tag.equals(n.tag) && test.test(n)).stream().findFirst();
        }

        List<Node> within(Node parent, String tag) {
            List<Node> found = new ArrayList<>();
            collect(parent, n -> tag.equals(n.tag), found);
            return found;
        }

        /** A property value as the client would sync it (a property, else the attribute of that name). */
        Optional<String> valueOf(Node node, String name) {
            JsonNode value = node.properties.getOrDefault(name, node.attributes.get(name));
            return Optional.ofNullable(value).map(JsonNode::asString);
        }

        /** A click as the client sends it: with the event data the server's listener asked for. */
        ObjectNode click(Node node) {
            return event(node, "click");
        }

        /** A DOM event with the data expressions the server's listener asked for, filled as a plain click does. */
        ObjectNode event(Node node, String name) {
            ObjectNode event = JSON.createObjectNode();
            event.put("type", "event");
            event.put("node", node.id);
            event.put("event", name);
            ObjectNode data = event.putObject("data");
            JsonNode expressions = node.listeners.get(name);
            if (expressions != null && expressions.isString()) {
                // Vaadin sends a listener's settings once, as a constant, and refers to it by its key.
                expressions = constants.get(expressions.asString());
            }
            if (expressions != null) {
                List<String> keys = new ArrayList<>();
                if (expressions.isObject()) {
                    expressions.propertyNames().forEach(keys::add);
                } else if (expressions.isArray()) {
                    expressions.forEach(e -> keys.add(e.asString()));
                }
                for (String key : keys) {
                    if (key.startsWith("}") || key.startsWith("]")) {
                        continue;
                    }
                    if (key.endsWith("Key") || key.endsWith("repeat") || key.endsWith("isComposing")) {
                        data.put(key, false);
                    } else if (key.endsWith(".detail")) {
                        data.put(key, 1);
                    } else {
                        data.put(key, 0);
                    }
                }
            }
            return event;
        }

        /**
         * Closes the tab as the browser does when the page goes away: Vaadin's unload beacon (a UIDL request marked
         * {@code UNLOAD}), on which the server closes the UI instead of keeping it until its heartbeats stop.
         */
        synchronized void close() {
            ObjectNode beacon = JSON.createObjectNode();
            beacon.put("csrfToken", csrfToken);
            beacon.put("syncId", syncId);
            beacon.put("clientId", clientId);
            beacon.putArray("rpc");
            beacon.put("UNLOAD", true);
            HttpResponse<String> response = visitor.visitors.send(visitor, "/?v-r=uidl&v-uiId=" + uiId,
                    beacon.toString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The unload beacon answered " + response.statusCode());
            }
        }

        /**
         * Sends one UIDL request with these RPCs and applies the answer to the tree; returns the answer's raw text.
         * Vaadin answers one request per UI at a time, in order, as its client sends them.
         */
        synchronized String send(ObjectNode... rpcs) {
            ObjectNode request = JSON.createObjectNode();
            request.put("csrfToken", csrfToken);
            request.put("syncId", syncId);
            request.put("clientId", clientId);
            var array = request.putArray("rpc");
            for (ObjectNode rpc : rpcs) {
                array.add(rpc);
            }
            HttpResponse<String> response = visitor.visitors.send(visitor, "/?v-r=uidl&v-uiId=" + uiId,
                    request.toString());
            String body = response.body();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("UIDL answered " + response.statusCode() + ": " + body);
            }
            String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            JsonNode answer = JSON.readTree(json);
            JsonNode uidl = answer.isArray() ? answer.get(0) : answer;
            if (uidl.has("meta") && (uidl.get("meta").has("sessionExpired") || uidl.get("meta").has("appError"))) {
                throw new IllegalStateException("UIDL answered " + uidl.get("meta"));
            }
            apply(uidl);
            return body;
        }
    }
}
