package nl.rugzak.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who may keep an answer: shared caches only anonymous ones; anything asked with credentials stays private. */
class ApiAnswersTest {

    @Test
    void anonymousAnswersArePublicForAShortTime() {
        var answer = ApiAnswers.json(new MockHttpServletRequest("GET", "/api/v1/polls"), Map.of("a", 1),
                MediaType.APPLICATION_JSON);
        assertThat(answer.getHeaders().getCacheControl()).isEqualTo("max-age=60, public");
        assertThat(answer.getHeaders().getVary()).contains("Accept", "Authorization");
        assertThat(answer.getHeaders().getETag()).isNotBlank();
    }

    @Test
    void answersToCredentialsAreNeverStoredByOthers() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/polls");
        request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer something");
        var answer = ApiAnswers.json(request, Map.of("a", 1), MediaType.APPLICATION_JSON);
        assertThat(answer.getHeaders().getCacheControl()).contains("no-store").contains("private")
                .doesNotContain("public");
        assertThat(answer.getHeaders().getVary()).contains("Authorization");
        // Revalidation still works for the one client that keeps it.
        request.addHeader(HttpHeaders.IF_NONE_MATCH, answer.getHeaders().getETag());
        assertThat(ApiAnswers.json(request, Map.of("a", 1), MediaType.APPLICATION_JSON).getStatusCode().value())
                .isEqualTo(304);
    }
}
