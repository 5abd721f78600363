package nl.rugzak.platform.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import nl.rugzak.platform.support.HttpSite;
import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.theming.PublishedTheme;
import nl.rugzak.tenantadmin.theming.ThemeStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Serving the tenant stylesheet over HTTP on loopback: uncached (the server's theme cache dropped before each
 * request, so it is read from the control schema and rendered), cached on the server (full 200 response), and a
 * browser revalidating (If-None-Match → 304); plus the page weight the theme adds. Writes
 * benchmarks/results/theming.md. Run: ./mvnw -Pbenchmark,production -pl platform -am verify
 */
@Tag("benchmark")
class ThemeBenchmark extends IntegrationTest {

    private static final TenantId TENANT = new TenantId("voorbeeld");

    @Autowired
    ThemeStore store;

    @Test
    void stylesheet() throws Exception {
        HttpSite site = site("voorbeeld.localhost");
        PublishedTheme theme = store.published(TENANT).orElseThrow();
        String path = theme.stylesheetPath();
        for (int i = 0; i < 200; i++) {
            site.get(path);
        }
        List<Double> uncached = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            store.forget(TENANT);
            long started = System.nanoTime();
            expect(site.get(path), 200);
            uncached.add(Stats.millisSince(started));
        }
        List<Double> cached = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            long started = System.nanoTime();
            expect(site.get(path), 200);
            cached.add(Stats.millisSince(started));
        }
        String etag = "\"" + theme.cssHash() + "\"";
        List<Double> revalidated = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            long started = System.nanoTime();
            expect(site.get(path, Map.of("If-None-Match", etag)), 304);
            revalidated.add(Stats.millisSince(started));
        }
        byte[] css = site.get(path).body().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(css);
        }
        String link = "<link rel=\"stylesheet\" href=\"" + path + "\" data-rugzak-theme=\"" + theme.version() + "\">";

        String report = "# Theming benchmark (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded PostgreSQL, HTTP on loopback)\n\n"
                + "## Tenant stylesheet, uncached (theme read from the control schema and rendered), 300 requests, ms\n"
                + Stats.summary(uncached) + "\n\n"
                + "## Tenant stylesheet, cached on the server (full 200 response), 1000 requests, ms\n"
                + Stats.summary(cached) + "\n\n"
                + "## Tenant stylesheet, browser revalidation (If-None-Match → 304), 1000 requests, ms\n"
                + Stats.summary(revalidated) + "\n"
                + "(Browsers normally do not even revalidate: the URL carries the content hash and is served with "
                + "`Cache-Control: public, max-age=31536000, immutable`.)\n\n"
                + "## Page weight the theme adds\n"
                + "- stylesheet: " + css.length + " bytes (" + gz.size() + " bytes gzipped), one request, cached for a year\n"
                + "- initial HTML: one `<link>` of " + link.length() + " bytes (plus a favicon `<link>` when the tenant has one)\n"
                + "- no script, no web font download (fonts are from an allowlist of system and web-safe fonts)\n";
        System.out.println(report);
        Files.writeString(Stats.resultsFolder().resolve("theming.md"), report);
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.statusCode());
        }
    }
}
