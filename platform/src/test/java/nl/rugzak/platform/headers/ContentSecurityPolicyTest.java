package nl.rugzak.platform.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ContentSecurityPolicyTest {

    @Test
    void eachRequestGetsItsOwnNonceAndScriptsNeedIt() {
        ContentSecurityPolicy policy = new ContentSecurityPolicy(List.of("https://tiles.example", "https://tiles.example"));
        MockHttpServletRequest first = new MockHttpServletRequest();
        MockHttpServletResponse firstResponse = new MockHttpServletResponse();
        policy.writeHeaders(first, firstResponse);
        MockHttpServletResponse secondResponse = new MockHttpServletResponse();
        policy.writeHeaders(new MockHttpServletRequest(), secondResponse);

        String header = firstResponse.getHeader(ContentSecurityPolicy.HEADER);
        assertThat(header).contains("script-src 'self' 'nonce-" + ScriptNonce.of(first) + "' 'unsafe-eval';")
                .contains("img-src 'self' data: blob: https://tiles.example;")
                .contains("frame-ancestors 'none'").contains("object-src 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(ScriptNonce.of(first)).hasSizeGreaterThanOrEqualTo(22).isEqualTo(ScriptNonce.of(first));
        assertThat(secondResponse.getHeader(ContentSecurityPolicy.HEADER)).isNotEqualTo(header);
    }
}
