package nl.rugzak.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an answer into bytes with a strong {@code ETag} (a hash of exactly those bytes) and a short public
 * {@code Cache-Control}: every anonymous API answer is the same for every visitor of a host (the API never reads a
 * session or cookie), so a CDN or browser may keep it for a minute and revalidate with {@code If-None-Match} for a
 * 304. A request that carries credentials ({@code Authorization}, e.g. a resident's bearer token) gets
 * {@code private, no-store}: what it sees may be personal. {@code Vary} names both.
 */
final class ApiAnswers {

    static final Duration FRESH = Duration.ofSeconds(60);
    /** What an answer depends on besides its address (CORS adds Origin itself). */
    static final String VARY = "Accept, Authorization";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiAnswers() {
    }

    static ResponseEntity<byte[]> json(HttpServletRequest request, Object body, MediaType type) {
        return bytes(request, JSON.writeValueAsBytes(plain(body)), type, null);
    }

    static ResponseEntity<byte[]> bytes(HttpServletRequest request, byte[] body, MediaType type, String fileName) {
        String etag = "\"" + hash(body) + "\"";
        CacheControl cache = personal(request) ? CacheControl.noStore().cachePrivate()
                : CacheControl.maxAge(FRESH).cachePublic();
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .varyBy(VARY).build();
        }
        var answer = ResponseEntity.ok().eTag(etag).cacheControl(cache).varyBy(VARY).contentType(type);
        if (fileName != null) {
            answer = answer.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                    .header(HttpHeaders.LINK, "<" + OpenData.LICENCE + ">; rel=\"license\"");
        }
        return answer.body(body);
    }

    /** Credentials were sent (a bearer token, or a principal an authentication filter set): not for shared caches. */
    static boolean personal(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getUserPrincipal() != null;
    }

    /** RFC 9110: any of the listed tags (weak or strong), or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Instants as ISO-8601 text; maps and lists as they are (their order kept). */
    static Object plain(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ApiAnswers::plain).toList();
        }
        return value;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
