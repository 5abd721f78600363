package nl.rugzak.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTest {

    @Test
    void everyLineOfARequestCarriesItsIdAndItsTenantAndNothingIsLeftOnTheThreadAfterwards() throws Exception {
        AtomicReference<String> idSeen = new AtomicReference<>();
        AtomicReference<String> tenantSeen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestIds().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                idSeen.set(MDC.get(RequestIds.MDC_KEY));
                TenantContext.run(new TenantId("voorbeeld"), () -> tenantSeen.set(MDC.get(TenantContext.MDC_KEY)));
            }
        }));

        assertThat(idSeen.get()).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo(idSeen.get());
        assertThat(tenantSeen.get()).isEqualTo("voorbeeld");
        assertThat(MDC.get(RequestIds.MDC_KEY)).isNull();
        assertThat(MDC.get(TenantContext.MDC_KEY)).isNull();
    }

    @Test
    void theProxysIdIsKeptAndAnythingElseReplaced() throws Exception {
        assertThat(idFor("haproxy-0f3c9a77")).isEqualTo("haproxy-0f3c9a77");
        assertThat(idFor("short")).matches("[0-9a-f-]{36}");
        assertThat(idFor("abc\r\nFAKE log line")).matches("[0-9a-f-]{36}");
        assertThat(idFor("x".repeat(65))).matches("[0-9a-f-]{36}");
    }

    private static String idFor(String given) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestIds.HEADER, given);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestIds().doFilter(request, response, new MockFilterChain());
        return response.getHeader(RequestIds.HEADER);
    }
}
