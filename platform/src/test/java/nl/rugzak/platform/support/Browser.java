package nl.rugzak.platform.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor with a cookie jar per host, as a browser keeps one. Addresses on {@code *.localhost} and
 * {@code admin.localhost} go to the application on loopback with the right Host header (the JVM does not resolve
 * those names); Keycloak's addresses are used as they are.
 */
public final class Browser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final int appPort;
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    public Browser(int appPort) {
        this.appPort = appPort;
    }

    public HttpResponse<String> get(String url) {
        return send(url, null);
    }

    public HttpResponse<String> get(String url, Map<String, String> headers) {
        return send(url, null, headers);
    }

    public HttpResponse<String> post(String url, Map<String, String> form) {
        return send(url, form);
    }

    /** Follows redirects from {@code url}; returns the first response that is not a redirect. */
    public HttpResponse<String> follow(String url) {
        HttpResponse<String> response = get(url);
        for (int hops = 0; hops < 10 && isRedirect(response); hops++) {
            response = get(location(response));
        }
        return response;
    }

    /**
     * Logs in at a site (host with port) through Keycloak's own login page, as a person would: start at {@code /inloggen}, fill in
     * the form, follow the redirects back. Returns the last response.
     */
    public HttpResponse<String> logIn(String siteHost, String username, String password) {
        HttpResponse<String> loginPage = follow("http://" + siteHost + "/inloggen");
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form at " + loginPage.uri() + ": " + loginPage.statusCode());
        }
        HttpResponse<String> afterForm = post(action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", password));
        return isRedirect(afterForm) ? follow(location(afterForm)) : afterForm;
    }

    public Map<String, String> cookiesOf(String host) {
        return Map.copyOf(cookies.getOrDefault(host, Map.of()));
    }

    public void setCookie(String host, String name, String value) {
        cookies.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(name, value);
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3;
    }

    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(location).toString();
    }

    private HttpResponse<String> send(String url, Map<String, String> form) {
        return send(url, form, Map.of());
    }

    /** A JSON body, as Vaadin's client sends its requests (UIDL). */
    public HttpResponse<String> postJson(String url, String json) {
        return send(url, "application/json; charset=UTF-8", json, Map.of());
    }

    private HttpResponse<String> send(String url, Map<String, String> form, Map<String, String> headers) {
        return send(url, form == null ? null : "application/x-www-form-urlencoded", form == null ? null
                : form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")), headers);
    }

    private HttpResponse<String> send(String url, String contentType, String body, Map<String, String> headers) {
        URI uri = URI.create(url);
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        boolean application = uri.getHost().endsWith(".localhost") && uri.getPort() == appPort;
        URI target = application
                ? URI.create("http://127.0.0.1:" + appPort + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                : uri;
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
        if (application) {
            request.header("Host", host);
        }
        headers.forEach(request::header);
        Map<String, String> jar = cookies.getOrDefault(host, Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType);
            request.POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
                Map<String, String> hostJar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
                if (expired) {
                    hostJar.remove(name);
                } else {
                    hostJar.put(name, value);
                }
            }
            return new Redirected(response, uri);
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response, but with the address the visitor asked for (not the loopback one), for relative redirects. */
    private record Redirected(HttpResponse<String> delegate, URI asked) implements HttpResponse<String> {
        public int statusCode() { return delegate.statusCode(); }
        public HttpRequest request() { return delegate.request(); }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return delegate.previousResponse(); }
        public java.net.http.HttpHeaders headers() { return delegate.headers(); }
        public String body() { return delegate.body(); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return delegate.sslSession(); }
        public URI uri() { return asked; }
        public HttpClient.Version version() { return delegate.version(); }
    }
}
