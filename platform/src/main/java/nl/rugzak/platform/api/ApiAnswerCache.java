package nl.rugzak.platform.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.ratelimits.SharedBuckets;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the anonymous answers of the read API in memory for a few seconds ({@link #TTL}) per municipality and address (path, query
 * and Accept), so a popular list costs one query per few seconds instead of one per request, and a revalidation
 * ({@code If-None-Match}) a map lookup. Only what is the same for everyone is kept: GET answers with status 200 and
 * {@code Cache-Control: public}, for requests without {@code Authorization}.
 *
 * <p>A municipality's entries are dropped as soon as a transaction that may have changed its data commits on this
 * instance (a new generation per municipality); changes on another instance, or a poll that opens because its time
 * came, show within the TTL. The answer is the same as without the cache: the same bytes, ETag and headers.
 */
class ApiAnswerCache extends OncePerRequestFilter implements TransactionExecutionListener {

    /** How long an answer is kept by default ({@code rugzak.api.answer-cache.ttl}; zero switches the cache off). */
    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MOST_ENTRIES = 5_000;
    private static final int LARGEST_BODY = 512 * 1024;

    private record Key(TenantId tenant, long generation, long everyone, String address, String accept) {
    }

    private record Entry(String contentType, String etag, String cacheControl, String disposition, String link,
                         byte[] body, Instant until) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();
    /** Changes of the control plane (modules switched, a municipality suspended) make every answer old. */
    private final AtomicLong everyone = new AtomicLong();
    private final Clock clock;
    private final Duration ttl;

    ApiAnswerCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<TenantId> tenant = TenantContext.current();
        boolean get = request.getMethod().equals("GET");
        if (tenant.isEmpty() || !(get || request.getMethod().equals("HEAD"))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        Key key = new Key(tenant.get(), generation(tenant.get()).get(), everyone.get(),
                request.getRequestURI() + (query == null ? "" : "?" + query),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)));
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.until())) {
            replay(entry, request, response);
            return;
        }
        if (!get) {
            chain.doFilter(request, response);
            return;
        }
        // A revalidation asks for the whole answer, so that it can be kept: otherwise, once the kept answer is older
        // than the TTL, a CDN that only revalidates makes every request a query (2,311 req/s against 14,438 for whole
        // answers, wrk in ApiBenchmark, 2026-12-04).
        String revalidating = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(revalidating == null ? request : new WithoutRevalidation(request), recorded);
        String cacheControl = recorded.getHeader(HttpHeaders.CACHE_CONTROL);
        if (recorded.getStatus() == 200 && cacheControl != null && cacheControl.contains("public")
                && recorded.getContentSize() <= LARGEST_BODY) {
            if (entries.size() >= MOST_ENTRIES) {
                entries.clear(); // a crude bound: the next requests read again
            }
            entries.put(key, new Entry(recorded.getContentType(), recorded.getHeader(HttpHeaders.ETAG), cacheControl,
                    recorded.getHeader(HttpHeaders.CONTENT_DISPOSITION), recorded.getHeader(HttpHeaders.LINK),
                    recorded.getContentAsByteArray(), now.plus(ttl)));
        }
        String etag = recorded.getHeader(HttpHeaders.ETAG);
        if (recorded.getStatus() == 200 && etag != null && ApiAnswers.matches(revalidating, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED); // the recorded body is never sent
            return;
        }
        recorded.copyBodyToResponse();
    }

    /** The request as if it had no {@code If-None-Match}: the answer behind it is the whole one. */
    private static final class WithoutRevalidation extends HttpServletRequestWrapper {

        WithoutRevalidation(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name)).toList());
        }
    }

    private static void replay(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, entry.cacheControl());
        response.addHeader(HttpHeaders.VARY, ApiAnswers.VARY);
        if (ApiAnswers.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        if (entry.disposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, entry.disposition());
        }
        if (entry.link() != null) {
            response.setHeader(HttpHeaders.LINK, entry.link());
        }
        response.setContentLength(entry.body().length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(entry.body());
        }
    }

    /**
     * A transaction that may have written a municipality's data: its cached answers are old now. One without a
     * municipality wrote the control plane (modules, status, settings): every answer is old. Counting requests
     * (the shared rate limits) changes nothing anyone reads.
     */
    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (transaction.isReadOnly() || SharedBuckets.TRANSACTION.equals(transaction.getTransactionName())) {
            return;
        }
        TenantContext.current().ifPresentOrElse(tenant -> generation(tenant).incrementAndGet(),
                everyone::incrementAndGet);
    }

    private AtomicLong generation(TenantId tenant) {
        return generations.computeIfAbsent(tenant, t -> new AtomicLong());
    }
}
