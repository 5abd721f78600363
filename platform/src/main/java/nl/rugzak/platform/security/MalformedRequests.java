package nl.rugzak.platform.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.platform.tenancy.PlainPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses what no browser of ours sends, before it reaches Spring Security or Vaadin: a query with broken
 * percent-encoding, a Vaadin UIDL message that is too large or not JSON. That is the client's mistake (or a probe), so it gets a 4xx and one WARN line; inside Vaadin
 * malformed JSON ended as ERROR with a stack trace (and a 200), an oversized body as a redirect, which buries real
 * failures and lets anyone fill the log.
 */
class MalformedRequests extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequests.class);
    /** Vaadin's own default limit for a request body; a UIDL message from a person's screen is far smaller. */
    static final int UIDL_LIMIT = 10 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && (!decodable(query) || hasParameter(query, "v-r=init") && !decodable(request.getParameter("query")))) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "query is not valid percent-encoding");
            return;
        }
        if (!"POST".equals(request.getMethod()) || query == null || !hasParameter(query, "v-r=uidl")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = readAtMost(request.getInputStream(), UIDL_LIMIT);
        } catch (IOException unreadable) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "UIDL body could not be read");
            return;
        }
        if (body == null) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "UIDL body larger than " + UIDL_LIMIT + " bytes");
            return;
        }
        if (!wellFormedJson(body)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "UIDL body is not JSON");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /**
     * Vaadin decodes the query of every page address (and the page's query its init request carries) with
     * {@link java.net.URLDecoder}, which throws on a broken escape such as "%zz": that ended as an ERROR with a stack
     * trace.
     */
    private static boolean decodable(String query) {
        if (query == null) {
            return true;
        }
        try {
            java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException broken) {
            return false;
        }
    }

    private static boolean hasParameter(String query, String parameter) {
        for (String part : query.split("&")) {
            if (part.equals(parameter)) {
                return true;
            }
        }
        return false;
    }

    /** The body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Streams through the message without building it: Vaadin parses it again. */
    private static boolean wellFormedJson(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        String path = request.getRequestURI();
        LOG.warn("Refused {} {} from {} with {}: {}", request.getMethod(),
                path.length() > 200 ? path.substring(0, 200) + "…" : path, request.getRemoteAddr(), status, reason);
        PlainPages.write(response, status, "Verzoek niet begrepen", """
                <h1>Verzoek niet begrepen</h1>
                <p>Uw browser stuurde iets wat deze site niet begrijpt. Controleer het adres of laad de pagina opnieuw.</p>
                <p><a href="/">Naar de startpagina</a></p>
                <p lang="en">Your browser sent something this site does not understand. Check the address or reload.</p>""");
    }

    /** The request with its body already read, for Vaadin to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
