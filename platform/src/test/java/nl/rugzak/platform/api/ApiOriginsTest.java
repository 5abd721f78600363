package nl.rugzak.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import nl.rugzak.tenantadmin.text.Texts;
import org.junit.jupiter.api.Test;

/** Origins as browsers send them; anything else gets a Dutch message. */
class ApiOriginsTest {

    @Test
    void originsAreStoredAsBrowsersSendThem() {
        assertThat(ApiOrigins.normalised(" https://WWW.Voorbeeldstad.nl/ ")).isEqualTo("https://www.voorbeeldstad.nl");
        assertThat(ApiOrigins.normalised("https://www.voorbeeldstad.nl:443")).isEqualTo("https://www.voorbeeldstad.nl");
        assertThat(ApiOrigins.normalised("https://intranet.voorbeeldstad.nl:8443"))
                .isEqualTo("https://intranet.voorbeeldstad.nl:8443");
        assertThat(ApiOrigins.normalised("http://localhost:3000")).isEqualTo("http://localhost:3000");
    }

    @Test
    void anythingElseIsRefusedWithADutchMessage() {
        Map<String, String> refused = Map.of(
                "", "api.origins.error.empty",
                "https://*.voorbeeldstad.nl", "api.origins.error.wildcard",
                "http://www.voorbeeldstad.nl", "api.origins.error.https",
                "https://www.voorbeeldstad.nl/pagina", "api.origins.error.path",
                "https://www.voorbeeldstad.nl?x=1", "api.origins.error.path",
                "www.voorbeeldstad.nl", "api.origins.error.format",
                "https://user@www.voorbeeldstad.nl", "api.origins.error.format",
                "javascript:alert(1)", "api.origins.error.format");
        refused.forEach((input, key) -> assertThatThrownBy(() -> ApiOrigins.normalised(input)).as(input)
                .isInstanceOfSatisfying(ApiOrigins.OriginException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(Texts.dutch(key, ApiOrigins.MAX)).doesNotStartWith("!");
                }));
    }
}
