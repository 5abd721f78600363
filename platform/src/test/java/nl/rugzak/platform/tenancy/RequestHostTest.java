package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestHostTest {

    @Test
    void usesTheServerNameWithoutPortAndInLowerCase() {
        assertThat(RequestHost.of(request("Voorbeeld.LocalHost:8080"))).isEqualTo("voorbeeld.localhost");
        assertThat(RequestHost.of(request("voorbeeld.localhost."))).isEqualTo("voorbeeld.localhost");
    }

    @Test
    void forwardingHeadersAreNotItsBusiness() {
        // Tomcat's RemoteIpValve (TrustedProxies) puts a trusted proxy's X-Forwarded-Host into the server name.
        MockHttpServletRequest request = request("voorbeeld.localhost");
        request.addHeader("X-Forwarded-Host", "oosterhaven.localhost");
        request.addHeader("Forwarded", "host=oosterhaven.localhost");

        assertThat(RequestHost.of(request)).isEqualTo("voorbeeld.localhost");
    }

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("Host", host);
        return request;
    }
}
