package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestHostTest {

    private final RequestHost trustingLoopbackProxy = new RequestHost(
            new TenancyProperties("admin.localhost", List.of("10.0.0.5")));

    @Test
    void usesTheHostHeaderWithoutPortAndInLowerCase() {
        assertThat(trustingLoopbackProxy.of(request("127.0.0.1", "Voorbeeld.LocalHost:8080"))).isEqualTo("voorbeeld.localhost");
        assertThat(trustingLoopbackProxy.of(request("127.0.0.1", "voorbeeld.localhost."))).isEqualTo("voorbeeld.localhost");
    }

    @Test
    void ignoresForwardingHeadersFromAnyoneButATrustedProxy() {
        MockHttpServletRequest request = request("192.168.1.20", "voorbeeld.localhost");
        request.addHeader("X-Forwarded-Host", "oosterhaven.localhost");
        request.addHeader("Forwarded", "host=oosterhaven.localhost");

        assertThat(trustingLoopbackProxy.of(request)).isEqualTo("voorbeeld.localhost");
    }

    @Test
    void believesForwardingHeadersFromATrustedProxy() {
        MockHttpServletRequest forwarded = request("10.0.0.5", "internal:8080");
        forwarded.addHeader("Forwarded", "for=1.2.3.4;host=\"participatie.voorbeeldstad.nl\";proto=https, host=x");
        assertThat(trustingLoopbackProxy.of(forwarded)).isEqualTo("participatie.voorbeeldstad.nl");

        MockHttpServletRequest xForwarded = request("10.0.0.5", "internal:8080");
        xForwarded.addHeader("X-Forwarded-Host", "Participatie.Oosterhaven.nl:443, proxy.internal");
        assertThat(trustingLoopbackProxy.of(xForwarded)).isEqualTo("participatie.oosterhaven.nl");
    }

    private static MockHttpServletRequest request(String remoteAddress, String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(remoteAddress);
        request.addHeader("Host", host);
        return request;
    }
}
