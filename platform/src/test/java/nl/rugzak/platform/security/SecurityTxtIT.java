package nl.rugzak.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.rugzak.platform.support.IntegrationTest;
import nl.rugzak.platform.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** RFC 9116 security.txt on every municipality's host and on the admin host; nothing on a host Rugzak does not know. */
class SecurityTxtIT extends IntegrationTest {

    @Autowired
    MovableClock clock;

    @Test
    void everyTenantHostAndTheAdminHostTellWhomToReportAVulnerabilityTo() {
        for (String host : List.of("voorbeeld.localhost", "oosterhaven.localhost", "admin.localhost")) {
            Instant before = clock.instant();
            HttpResponse<String> response = site(host).get("/.well-known/security.txt");

            assertThat(response.statusCode()).as(host).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(host)
                    .hasValueSatisfying(type -> assertThat(type.toLowerCase().replace(" ", ""))
                            .isEqualTo("text/plain;charset=utf-8"));
            Map<String, List<String>> fields = fields(response.body());
            assertThat(fields.get("Contact")).as(host).containsExactly("mailto:security@rugzak.example");
            assertThat(fields.get("Preferred-Languages")).as(host).containsExactly("nl, en");
            assertThat(fields.get("Canonical")).as(host)
                    .contains("http://" + host + ":" + port + "/.well-known/security.txt");
            assertThat(fields.get("Expires")).as(host).hasSize(1);
            Instant expires = Instant.parse(fields.get("Expires").getFirst());
            assertThat(expires).as(host).isAfter(before.plus(Duration.ofDays(179)))
                    .isBefore(before.plus(Duration.ofDays(366)));
        }
    }

    @Test
    void expiresIsComputedFromTheApplicationClockAtEachRequest() {
        Instant first = expires("voorbeeld.localhost");
        clock.advance(Duration.ofDays(3));
        Instant later = expires("voorbeeld.localhost");

        assertThat(Duration.between(first, later)).isGreaterThanOrEqualTo(Duration.ofDays(3));
    }

    @Test
    void anUnknownHostStillGetsAPlainNotFound() {
        HttpResponse<String> response = site("onbekend.localhost").get("/.well-known/security.txt");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Contact:", "security@");
    }

    private Instant expires(String host) {
        return Instant.parse(fields(site(host).get("/.well-known/security.txt").body()).get("Expires").getFirst());
    }

    private static Map<String, List<String>> fields(String body) {
        return body.lines().filter(line -> !line.startsWith("#") && line.contains(": "))
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(": ")),
                        Collectors.mapping(line -> line.substring(line.indexOf(": ") + 2), Collectors.toList())));
    }
}
