package nl.rugzak.platform.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor behind a TLS-terminating reverse proxy. The visitor's addresses {@code https://<site>.localhost/...}
 * reach the application as a proxy forwards them: over plain HTTP from the proxy's own address, with the proxy's
 * upstream address as Host and the visitor's host, scheme and port in {@code X-Forwarded-*}. Other addresses
 * (Keycloak's) are used as they are. A cookie jar per host; every Set-Cookie the application sends is kept.
 */
public final class ProxiedBrowser {

    /** The visitor's own address, as the proxy reports it. */
    public static final String VISITOR_ADDRESS = "203.0.113.7";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final HttpClient client;
    private final int appPort;
    private final CookieJar cookies = new CookieJar();
    private final List<String> applicationCookies = new ArrayList<>();

    private ProxiedBrowser(String proxyAddress, int appPort) {
        this.appPort = appPort;
        try {
            this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).localAddress(InetAddress.getByName(proxyAddress)).build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(proxyAddress, e);
        }
    }

    /** A proxy on {@code proxyAddress} (a loopback address: 127.0.0.1, 127.0.0.2, ...) in front of the application. */
    public static ProxiedBrowser from(String proxyAddress, int appPort) {
        return new ProxiedBrowser(proxyAddress, appPort);
    }

    public HttpResponse<String> get(String url) {
        return send(url, null, Map.of());
    }

    /** With headers that replace what the proxy would send (e.g. another Host). */
    public HttpResponse<String> get(String url, Map<String, String> headers) {
        return send(url, null, headers);
    }

    public HttpResponse<String> follow(String url) {
        HttpResponse<String> response = get(url);
        for (int hops = 0; hops < 10 && Browser.isRedirect(response); hops++) {
            response = get(Browser.location(response));
        }
        return response;
    }

    /** Logs in at {@code https://<siteHost>} through Keycloak's login page; returns the last response. */
    public HttpResponse<String> logIn(String siteHost, String username, String password) {
        HttpResponse<String> loginPage = follow("https://" + siteHost + "/inloggen");
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form at " + loginPage.uri() + ": " + loginPage.statusCode());
        }
        HttpResponse<String> afterForm = send(action.group(1).replace("&amp;", "&"),
                Map.of("username", username, "password", password), Map.of());
        return Browser.isRedirect(afterForm) ? follow(Browser.location(afterForm)) : afterForm;
    }

    /** Every Set-Cookie header the application sent this visitor, in order. */
    public List<String> applicationCookies() {
        return List.copyOf(applicationCookies);
    }

    private HttpResponse<String> send(String url, Map<String, String> form, Map<String, String> headers) {
        URI uri = URI.create(url);
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        boolean application = "https".equals(uri.getScheme()) && uri.getHost().endsWith(".localhost");
        URI target = application
                ? URI.create("http://127.0.0.1:" + appPort + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                : uri;
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30));
        if (application) {
            // What nginx sends with "proxy_pass http://127.0.0.1:<port>" and the usual X-Forwarded-* lines.
            request.header("Host", "127.0.0.1:" + appPort);
            request.header("X-Forwarded-Host", host);
            request.header("X-Forwarded-Proto", "https");
            request.header("X-Forwarded-Port", String.valueOf(uri.getPort() > 0 ? uri.getPort() : 443));
            request.header("X-Forwarded-For", VISITOR_ADDRESS);
        }
        headers.forEach(request::setHeader);
        cookies.addTo(request, host);
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            request.POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"))));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (application) {
                applicationCookies.addAll(response.headers().allValues("Set-Cookie"));
            }
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
