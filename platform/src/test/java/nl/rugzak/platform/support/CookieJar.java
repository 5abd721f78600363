package nl.rugzak.platform.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The cookies a browser keeps, per host: sent with each request to that host, updated from each answer. */
final class CookieJar {

    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    void addTo(HttpRequest.Builder request, String host) {
        Map<String, String> jar = cookies.getOrDefault(host, Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Keeps what the answer sets; a cookie set empty or with {@code Max-Age=0} is removed. */
    void keep(String host, HttpResponse<?> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            Map<String, String> hostJar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
            if (setCookie.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                hostJar.remove(name);
            } else {
                hostJar.put(name, value);
            }
        }
    }

    Map<String, String> of(String host) {
        return Map.copyOf(cookies.getOrDefault(host, Map.of()));
    }

    void put(String host, String name, String value) {
        cookies.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(name, value);
    }
}
