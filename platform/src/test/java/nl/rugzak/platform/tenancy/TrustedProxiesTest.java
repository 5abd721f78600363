package nl.rugzak.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void noProxiesNoValve() {
        assertThat(TrustedProxies.valve(List.of())).isEmpty();
    }

    @Test
    void exactAddressesAreRangesOfOneAddressNotPatterns() {
        RemoteIpValve valve = TrustedProxies.valve(List.of("10.0.0.5", "::1", "192.168.4.0/24")).orElseThrow();

        assertThat(valve.getInternalProxies().split(",\\s*"))
                .containsExactlyInAnyOrder("10.0.0.5/32", "::1/128", "192.168.4.0/24");
        assertThat(valve.getHostHeader()).isEqualTo("X-Forwarded-Host");
        assertThat(valve.getProtocolHeader()).isEqualTo("X-Forwarded-Proto");
        assertThat(valve.getPortHeader()).isEqualTo("X-Forwarded-Port");
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void somethingElseStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> TrustedProxies.valve(List.of("10.0.0.*")))
                .hasMessageContaining("RUGZAK_TRUSTED_PROXIES").hasMessageContaining("10.0.0.*");
    }
}
