package nl.rugzak.tenantadmin.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.ClientBuilder;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Where Keycloak is and how the platform administers it. Every call to it has a timeout, so a Keycloak that is
 * down makes logins unavailable but never hangs a page.
 */
public final class KeycloakServer {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final String url;
    private final String adminUsername;
    private final String adminPassword;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Keycloak admin;

    public KeycloakServer(String url, String adminUsername, String adminPassword) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    public String url() {
        return url;
    }

    public String issuer(String realm) {
        return url + "/realms/" + realm;
    }

    /** True when the realm answers its discovery document within two seconds. */
    public boolean isReachable(String realm) {
        try {
            HttpResponse<Void> response = probe.send(HttpRequest.newBuilder(
                            URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Keycloak admin() {
        Keycloak client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = KeycloakBuilder.builder()
                            .serverUrl(url)
                            .realm("master")
                            .clientId("admin-cli")
                            .username(adminUsername)
                            .password(adminPassword)
                            .resteasyClient(ClientBuilder.newBuilder()
                                    // Keycloak's own JSON settings (no nulls); Keycloak rejects what plain Jackson writes.
                                    .register(org.keycloak.admin.client.JacksonProvider.class, 100)
                                    .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                                    .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                                    .build())
                            .build();
                }
                client = admin;
            }
        }
        return client;
    }

    public void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
