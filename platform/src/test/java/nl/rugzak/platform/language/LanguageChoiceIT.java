package nl.rugzak.platform.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.tenantadmin.registry.TenantRegistry;
import nl.rugzak.tenantadmin.settings.TenantSettings;
import nl.rugzak.tenantadmin.tenancy.TenantContext;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class LanguageChoiceIT extends IntegrationTest {

    private static final TenantId OOSTERHAVEN = new TenantId("oosterhaven");

    @Autowired
    TenantSettings settings;
    @Autowired
    TenantRegistry registry;

    @Test
    void aVisitorPicksEnglishAndEveryPageOfThatSiteIsThenEnglish() {
        HttpResponse<String> choice = site("voorbeeld.localhost").get("/taal?kies=en&terug=%2Finitiatieven%3Fpagina%3D2");

        assertThat(choice.statusCode()).isEqualTo(303);
        assertThat(choice.headers().firstValue("Location")).hasValue("/initiatieven?pagina=2");
        String cookie = choice.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("rugzak-taal=en").contains("Max-Age=31536000").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(site("voorbeeld.localhost").get("/", Map.of("Cookie", "rugzak-taal=en")).body()).contains("<html lang=\"en\"");
        assertThat(site("voorbeeld.localhost").get("/").body()).contains("<html lang=\"nl\"");
    }

    @Test
    void theWayBackNeverLeavesTheSite() {
        for (String away : List.of("https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example", "javascript%3Aalert(1)")) {
            HttpResponse<String> choice = site("voorbeeld.localhost").get("/taal?kies=en&terug=" + away);
            assertThat(choice.headers().firstValue("Location")).as(away).hasValue("/");
        }
    }

    @Test
    void aWayBackWithCharactersOutsideLatin1StillLeadsBackPercentEncoded() {
        // "/zoeken?q=€ 日本" and a path with "ł": Tomcat cannot write such characters in a header and drops it.
        HttpResponse<String> choice = site("voorbeeld.localhost")
                .get("/taal?kies=en&terug=%2Fzoeken%3Fq%3D%E2%82%AC%25C3%25A9%26n%3D%E6%97%A5%E6%9C%AC");
        assertThat(choice.statusCode()).isEqualTo(303);
        assertThat(choice.headers().firstValue("Location")).hasValue("/zoeken?q=%E2%82%AC%C3%A9&n=%E6%97%A5%E6%9C%AC");

        HttpResponse<String> path = site("voorbeeld.localhost").get("/taal?kies=nl&terug=%2F%C5%82%C3%B3d%C5%BA");
        assertThat(path.headers().firstValue("Location")).hasValue("/%C5%82%C3%B3d%C5%BA");

        // What cannot be a local address at all (a space, a line separator) goes home instead of nowhere.
        for (String odd : List.of("%2Fa%20b%E2%80%A8", "%2F%E2%80%A8evil")) {
            HttpResponse<String> refused = site("voorbeeld.localhost").get("/taal?kies=en&terug=" + odd);
            assertThat(refused.statusCode()).as(odd).isEqualTo(303);
            assertThat(refused.headers().firstValue("Location")).as(odd).hasValue("/");
        }
    }

    @Test
    void aLanguageTheSiteDoesNotOfferIsRefusedInWordsAndChangesNothing() {
        HttpResponse<String> refused = site("voorbeeld.localhost").get("/taal?kies=fr&terug=%2F");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("Deze site is niet in die taal beschikbaar.");
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aMunicipalityThatOffersOnlyDutchIsDutchWhateverTheVisitorPickedAndTheOtherSiteIsUntouched() {
        awaitIdentity();
        List<String> before = registry.find(OOSTERHAVEN).orElseThrow().locales();
        try {
            TenantContext.run(OOSTERHAVEN, () -> asUser().run(() -> settings.setOwnLocales(List.of("nl")), "tenant-admin"));

            assertThat(site("oosterhaven.localhost").get("/", Map.of("Cookie", "rugzak-taal=en")).body()).contains("<html lang=\"nl\"");
            assertThat(site("oosterhaven.localhost").get("/taal?kies=en&terug=%2F").statusCode()).isEqualTo(400);
            assertThat(site("voorbeeld.localhost").get("/", Map.of("Cookie", "rugzak-taal=en")).body()).contains("<html lang=\"en\"");
            assertThat(registry.find(new TenantId("voorbeeld")).orElseThrow().locales()).contains("en");
        } finally {
            TenantContext.run(OOSTERHAVEN, () -> asUser().run(() -> settings.setOwnLocales(before), "tenant-admin"));
        }
    }

    @Test
    void onlyTheMunicipalitysOwnAdminChoosesItsLanguagesAndNeverNone() {
        assertThatThrownBy(() -> TenantContext.run(OOSTERHAVEN,
                () -> asUser().run(() -> settings.setOwnLocales(List.of("nl")), "editor")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.run(OOSTERHAVEN,
                () -> asUser().run(() -> settings.setOwnLocales(List.of()), "tenant-admin")))
                .hasMessage("Kies minstens één taal: Nederlands (nl) en/of Engels (en).");
        assertThat(registry.find(OOSTERHAVEN).orElseThrow().locales()).isNotEmpty();
    }
}
