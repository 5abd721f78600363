package nl.rugzak.platform.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.rugzak.tenantadmin.lifecycle.TenantWriteGuard;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other sites (e.g. the municipality's main site) whose pages may call this municipality's API from a browser:
 * the tenant admin lists them; CORS answers only for these. Read on every API request, so kept in memory for a short
 * while per municipality (another instance sees a change within {@link #FRESH}).
 */
@Service
public class ApiOrigins {

    /** An origin that cannot be allowed as given; the message is Dutch, for the tenant admin. */
    public static class OriginException extends UserFacingException {
        OriginException(String key, Object... args) {
            super(key, args);
        }
    }

    static final int MAX = 20;
    static final Duration FRESH = Duration.ofSeconds(30);

    private record Known(List<String> origins, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final TenantWriteGuard writeGuard;
    private final Map<TenantId, Known> cache = new ConcurrentHashMap<>();

    ApiOrigins(JdbcClient jdbc, TenantWriteGuard writeGuard) {
        this.jdbc = jdbc;
        this.writeGuard = writeGuard;
    }

    /** The allowed origins of the current municipality, for the CORS check (no role needed: it only reads them). */
    public List<String> allowed() {
        TenantId tenant = TenantContext.require();
        Known known = cache.get(tenant);
        if (known == null || known.readAt().plus(FRESH).isBefore(Instant.now())) {
            known = new Known(read(), Instant.now());
            cache.put(tenant, known);
        }
        return known.origins();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('tenant-admin')")
    public List<String> list() {
        return read();
    }

    @Transactional
    @PreAuthorize("hasRole('tenant-admin')")
    public String add(String input) {
        writeGuard.requireWritable();
        String origin = normalised(input);
        List<String> now = read();
        if (now.contains(origin)) {
            throw new OriginException("api.origins.error.known", origin);
        }
        if (now.size() >= MAX) {
            throw new OriginException("api.origins.error.too-many", MAX);
        }
        jdbc.sql("INSERT INTO api_cors_origin (origin) VALUES (?)").param(origin).update();
        cache.remove(TenantContext.require());
        return origin;
    }

    @Transactional
    @PreAuthorize("hasRole('tenant-admin')")
    public void remove(String origin) {
        writeGuard.requireWritable();
        jdbc.sql("DELETE FROM api_cors_origin WHERE origin = ?").param(origin).update();
        cache.remove(TenantContext.require());
    }

    private List<String> read() {
        return jdbc.sql("SELECT origin FROM api_cors_origin ORDER BY origin").query(String.class).list();
    }

    /**
     * An origin as browsers send it: scheme, host and port only, lower case, no path. https only, except
     * {@code http://localhost} for trying a page on one's own machine. No wildcards: every site is named.
     */
    static String normalised(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new OriginException("api.origins.error.empty");
        }
        if (text.contains("*")) {
            throw new OriginException("api.origins.error.wildcard");
        }
        URI uri;
        try {
            uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException e) {
            throw new OriginException("api.origins.error.format");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !host.matches("[a-z0-9.-]+") || uri.getRawUserInfo() != null) {
            throw new OriginException("api.origins.error.format");
        }
        if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new OriginException("api.origins.error.path");
        }
        boolean local = host.equals("localhost") || host.endsWith(".localhost");
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw new OriginException("api.origins.error.https");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
