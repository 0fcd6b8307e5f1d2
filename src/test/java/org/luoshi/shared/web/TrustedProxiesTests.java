package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

    private final TrustedProxies proxies = new TrustedProxies(
            new WebProperties(List.of("10.0.0.0/8", "192.0.2.10", "2001:db8::/32"), false, false));

    @Test
    void theClientIsTheRightMostAddressNotAProxy() {
        assertThat(proxies.clientBehind("192.0.2.10", "198.51.100.1, 203.0.113.9, 10.2.0.1"))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindOnlyProxiesTheLeftMostIsTheClient() {
        assertThat(proxies.clientBehind("10.0.0.1", "10.0.0.2")).isEqualTo("10.0.0.2");
    }

    @Test
    void aHostNameOrGarbageEndsTheWalkAtTheLastProxy() {
        assertThat(proxies.clientBehind("10.0.0.1", "evil.example")).isEqualTo("10.0.0.1");
        assertThat(proxies.clientBehind("10.0.0.1", "203.0.113.9, unknown")).isEqualTo("10.0.0.1");
    }

    @Test
    void ipv6ProxiesAndClients() {
        assertThat(proxies.clientBehind("2001:db8::1", "2001:db9::7")).isEqualTo("2001:db9::7");
    }

    @Test
    void withNoProxiesConfiguredNothingIsBelieved() {
        TrustedProxies none = new TrustedProxies(new WebProperties(null, false, false));
        assertThat(none.clientBehind("10.0.0.1", "203.0.113.9")).isEqualTo("10.0.0.1");
    }
}
