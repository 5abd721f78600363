package nl.rugzak.tenantadmin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    @Test
    void theEmbeddedDefaultIsHttpOnTheServersOwnPort() {
        SiteUrls sites = new SiteUrls("http", "auto");
        sites.serverStarted(8080);

        assertThat(sites.baseUrl("voorbeeld.localhost")).isEqualTo("http://voorbeeld.localhost:8080");
    }

    @Test
    void httpsIsATlsProxysOnTheDefaultPortUnlessAPortIsGiven() {
        SiteUrls auto = new SiteUrls("https", "auto");
        auto.serverStarted(8080);
        assertThat(auto.baseUrl("participatie.voorbeeldstad.nl")).isEqualTo("https://participatie.voorbeeldstad.nl");

        assertThat(new SiteUrls("https", "443").baseUrl("a.nl")).isEqualTo("https://a.nl");
        assertThat(new SiteUrls("https", "8443").baseUrl("a.nl")).isEqualTo("https://a.nl:8443");
    }
}
