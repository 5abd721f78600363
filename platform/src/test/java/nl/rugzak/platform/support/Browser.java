package nl.rugzak.platform.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    private final CookieJar cookies = new CookieJar();

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
     * the form, type the code from the authenticator app when Keycloak asks for one (staff, the lab), follow the
     * redirects back. Returns the last response.
     */
    public HttpResponse<String> logIn(String siteHost, String username, String password) {
        HttpResponse<String> page = finish(submitPassword(siteHost, username, password));
        if (page.body().contains("name=\"totpSecret\"")) {
            // A first login of staff without an app: set one up with the secret the page offers, as a person would.
            String account = realmOf(page) + "/" + username;
            String secret = attribute(page.body(), "totpSecret");
            Totp.learn(account, secret.getBytes(StandardCharsets.UTF_8));
            return finish(post(formAction(page), Map.of("totp", Totp.nextCode(account, Totp.keyOf(account)),
                    "totpSecret", secret, "userLabel", "Testapp")));
        }
        if (asksForCode(page)) {
            String account = realmOf(page) + "/" + username;
            return finish(submitCode(page, Totp.nextCode(account, Totp.keyOf(account))));
        }
        return page;
    }

    /** Fills in Keycloak's login form and returns its answer without following it (a redirect, or a next step). */
    public HttpResponse<String> submitPassword(String siteHost, String username, String password) {
        HttpResponse<String> loginPage = follow("http://" + siteHost + "/inloggen");
        return post(formAction(loginPage), Map.of("username", username, "password", password));
    }

    /** True when Keycloak's page asks for the code from an authenticator app. */
    public static boolean asksForCode(HttpResponse<String> page) {
        return page.body().contains("name=\"otp\"");
    }

    /** Types a code into Keycloak's code form; returns Keycloak's answer without following it. */
    public HttpResponse<String> submitCode(HttpResponse<String> codePage, String code) {
        return post(formAction(codePage), Map.of("otp", code));
    }

    private HttpResponse<String> finish(HttpResponse<String> response) {
        return isRedirect(response) ? follow(location(response)) : response;
    }

    private static String formAction(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No form at " + page.uri() + ": " + page.statusCode());
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static String realmOf(HttpResponse<String> page) {
        Matcher realm = Pattern.compile("/realms/([^/]+)/").matcher(formAction(page));
        return realm.find() ? realm.group(1) : "";
    }

    private static String attribute(String html, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!value.find()) {
            throw new IllegalStateException("No field " + name);
        }
        return value.group(1).replace("&amp;", "&");
    }

    public Map<String, String> cookiesOf(String host) {
        return cookies.of(host);
    }

    public void setCookie(String host, String name, String value) {
        cookies.put(host, name, value);
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
        cookies.addTo(request, host);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType);
            request.POST(HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.keep(host, response);
            return new AskedFor(response, uri);
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
