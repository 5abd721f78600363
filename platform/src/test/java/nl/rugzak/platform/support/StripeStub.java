package nl.rugzak.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the Stripe endpoints billing uses (tests run offline), on a free port for the whole test
 * JVM. It keeps subscriptions a test can change (as Stripe would), answers a repeated idempotency key with the first
 * answer (as Stripe does), records every request, and can be told to be unavailable.
 */
public final class StripeStub {

    public static final String SECRET_KEY = "sk_test_rugzak_stub";
    public static final String WEBHOOK_SECRET = "whsec_rugzak_stub";

    /** One request as the stub received it; {@code form} holds the decoded form body or query. */
    public record Request(String method, String path, String idempotencyKey, String authorization,
                          Map<String, String> form) {
    }

    public record Subscription(String id, String customer, String status, long created) {
    }

    private static final StripeStub INSTANCE = start();

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> answersByKey = new ConcurrentHashMap<>();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private StripeStub(HttpServer server) {
        this.server = server;
    }

    public static StripeStub get() {
        return INSTANCE;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + INSTANCE.server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** The next {@code count} requests get 503 (with Stripe's "retry" hint). */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Makes or changes a subscription as Stripe holds it. */
    public void putSubscription(Subscription subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    public void setStatus(String subscriptionId, String status) {
        subscriptions.computeIfPresent(subscriptionId,
                (id, s) -> new Subscription(id, s.customer(), status, s.created()));
    }

    public String newId(String prefix) {
        return prefix + "_stub" + ids.incrementAndGet();
    }

    private static StripeStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StripeStub stub = new StripeStub(server);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "stripe-stub");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String raw = method.equals("GET") ? exchange.getRequestURI().getRawQuery()
                : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        requests.add(new Request(method, path, key, exchange.getRequestHeaders().getFirst("Authorization"), form(raw)));
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Stripe-Should-Retry", "true");
            send(exchange, 503, "{\"error\":{\"type\":\"api_error\",\"message\":\"stub unavailable\"}}");
            return;
        }
        if (key != null && answersByKey.containsKey(method + path + key)) {
            send(exchange, 200, answersByKey.get(method + path + key));
            return;
        }
        String answer = answer(method, path, form(raw));
        if (answer == null) {
            send(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such resource: " + path + "\"}}");
            return;
        }
        if (key != null) {
            answersByKey.put(method + path + key, answer);
        }
        send(exchange, 200, answer);
    }

    private String answer(String method, String path, Map<String, String> form) {
        long now = Instant.now().getEpochSecond();
        if (method.equals("POST") && path.equals("/v1/customers")) {
            return "{\"id\":\"" + newId("cus") + "\",\"object\":\"customer\",\"name\":\"" + form.get("name") + "\"}";
        }
        if (method.equals("POST") && path.equals("/v1/subscriptions")) {
            Subscription created = new Subscription(newId("sub"), form.get("customer"), "active", now);
            subscriptions.put(created.id(), created);
            return json(created);
        }
        if (method.equals("GET") && path.startsWith("/v1/subscriptions/")) {
            Subscription found = subscriptions.get(path.substring("/v1/subscriptions/".length()));
            return found == null ? null : json(found);
        }
        if (method.equals("GET") && path.equals("/v1/subscriptions")) {
            List<String> data = new ArrayList<>();
            subscriptions.values().stream().filter(s -> s.customer().equals(form.get("customer")))
                    .forEach(s -> data.add(json(s)));
            return "{\"object\":\"list\",\"has_more\":false,\"url\":\"/v1/subscriptions\",\"data\":[" + String.join(",", data) + "]}";
        }
        if (method.equals("GET") && path.equals("/v1/invoices")) {
            return "{\"object\":\"list\",\"has_more\":false,\"url\":\"/v1/invoices\",\"data\":[{\"id\":\"in_stub\",\"object\":\"invoice\","
                    + "\"number\":\"RUGZAK-0001\",\"status\":\"open\",\"amount_due\":25000,\"currency\":\"eur\",\"created\":" + now
                    + ",\"customer\":\"" + form.get("customer") + "\",\"hosted_invoice_url\":\"https://invoice.stripe.test/i/in_stub\"}]}";
        }
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            return "{\"id\":\"" + newId("cs") + "\",\"object\":\"checkout.session\",\"url\":\"https://checkout.stripe.test/c/pay\"}";
        }
        if (method.equals("POST") && path.equals("/v1/billing_portal/sessions")) {
            return "{\"id\":\"" + newId("bps") + "\",\"object\":\"billing_portal.session\",\"customer\":\"" + form.get("customer")
                    + "\",\"url\":\"https://billing.stripe.test/p/" + form.get("customer") + "\"}";
        }
        return null;
    }

    private static String json(Subscription s) {
        return "{\"id\":\"" + s.id() + "\",\"object\":\"subscription\",\"customer\":\"" + s.customer() + "\",\"status\":\""
                + s.status() + "\",\"created\":" + s.created() + ",\"livemode\":false}";
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
