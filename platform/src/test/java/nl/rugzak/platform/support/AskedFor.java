package nl.rugzak.platform.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A response with the address the visitor asked for (not the loopback or upstream one it was sent to), so relative
 * redirects resolve as in a browser.
 */
record AskedFor(HttpResponse<String> delegate, URI asked) implements HttpResponse<String> {
    public int statusCode() { return delegate.statusCode(); }
    public HttpRequest request() { return delegate.request(); }
    public java.util.Optional<HttpResponse<String>> previousResponse() { return delegate.previousResponse(); }
    public java.net.http.HttpHeaders headers() { return delegate.headers(); }
    public String body() { return delegate.body(); }
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return delegate.sslSession(); }
    public URI uri() { return asked; }
    public HttpClient.Version version() { return delegate.version(); }
}
