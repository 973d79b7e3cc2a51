package io.tendlc.gateway.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @Test
    void matchesAddressesAndRanges() {
        assertThat(proxies.trusts(ip("10.200.3.4"))).isTrue();
        assertThat(proxies.trusts(ip("11.0.0.1"))).isFalse();
        assertThat(proxies.trusts(ip("192.168.1.7"))).isTrue();
        assertThat(proxies.trusts(ip("192.168.1.8"))).isFalse();
        assertThat(proxies.trusts(ip("fd12::1"))).isTrue();
        assertThat(proxies.trusts(ip("2001:db8::1"))).isFalse();
        assertThat(new TrustedProxies(List.of()).trusts(ip("10.0.0.1"))).isFalse();
        assertThat(new TrustedProxies(List.of("172.16.0.0/12")).trusts(ip("172.31.255.255"))).isTrue();
        assertThat(new TrustedProxies(List.of("172.16.0.0/12")).trusts(ip("172.32.0.0"))).isFalse();
    }

    @Test
    void theClientIsTheLastHopNoTrustedProxyAdded() {
        // the client claimed 1.1.1.1; our load balancer (10.0.0.5) appended what it really saw
        assertThat(proxies.clientBehind(List.of("1.1.1.1, 203.0.113.9, 10.0.0.5"))).isEqualTo(ip("203.0.113.9"));
        assertThat(proxies.clientBehind(List.of("203.0.113.9"))).isEqualTo(ip("203.0.113.9"));
        assertThat(proxies.clientBehind(List.of("1.1.1.1", "203.0.113.9"))).isEqualTo(ip("203.0.113.9"));
        assertThat(proxies.clientBehind(List.of("[2001:db8::7]"))).isEqualTo(ip("2001:db8::7"));
    }

    @Test
    void garbageIsNeverResolvedAndEndsTheWalk() {
        assertThat(proxies.clientBehind(List.of("evil.example.com"))).isNull();
        assertThat(proxies.clientBehind(List.of("unknown, 10.0.0.5"))).isEqualTo(ip("10.0.0.5"));
        assertThat(proxies.clientBehind(List.of())).isNull();
    }

    @Test
    void refusesAConfigurationItCannotRead() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }
}
