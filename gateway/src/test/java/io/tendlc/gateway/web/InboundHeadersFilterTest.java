package io.tendlc.gateway.web;

import io.tendlc.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class InboundHeadersFilterTest {

    private final InboundHeadersFilter filter = new InboundHeadersFilter(new GatewayProperties("http://auth",
            Duration.ofSeconds(10), "https://sms.example", List.of("10.0.0.0/8"), new GatewayProperties.Cors(List.of()),
            new GatewayProperties.Revocation(false)));

    @Test
    void aClientCannotClaimAnotherAddress() {
        ServerWebExchange passed = run(request("203.0.113.9").header("X-Forwarded-For", "1.2.3.4")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "for=1.2.3.4").header("X-Real-IP", "1.2.3.4"));

        assertThat(passed.getRequest().getRemoteAddress().getAddress().getHostAddress()).isEqualTo("203.0.113.9");
        assertThat(passed.getRequest().getHeaders().headerNames()).doesNotContain("X-Forwarded-For",
                "X-Forwarded-Proto", "Forwarded", "X-Real-IP");
        assertThat(passed.getAttributes()).doesNotContainKey(InboundHeadersFilter.FORWARDED_HTTPS);
    }

    @Test
    void behindATrustedProxyTheClientIsTheOneItSaw() {
        ServerWebExchange passed = run(request("10.0.0.5").header("X-Forwarded-For", "1.2.3.4, 203.0.113.9")
                .header("X-Forwarded-Proto", "https"));

        assertThat(passed.getRequest().getRemoteAddress().getAddress().getHostAddress()).isEqualTo("203.0.113.9");
        assertThat(passed.getAttributes()).containsEntry(InboundHeadersFilter.FORWARDED_HTTPS, Boolean.TRUE);
    }

    @Test
    void internalHeadersAreDroppedWhoeverSendsThem() {
        for (String peer : List.of("203.0.113.9", "10.0.0.5")) {
            ServerWebExchange passed = run(request(peer).header("X-Internal-Caller", "x").header("x-user-id", "u")
                    .header("X-Organization-Id", "o").header("X-Request-Id", "kept-1234").header("Accept", "*/*"));
            assertThat(passed.getRequest().getHeaders().headerNames())
                    .containsExactlyInAnyOrder("X-Request-Id", "Accept");
        }
    }

    private static MockServerHttpRequest.BaseBuilder<?> request(String peer) {
        return MockServerHttpRequest.get("/api/v1/messages").remoteAddress(new InetSocketAddress(peer, 40000));
    }

    private ServerWebExchange run(MockServerHttpRequest.BaseBuilder<?> request) {
        AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            passed.set(exchange);
            return reactor.core.publisher.Mono.empty();
        }).block();
        return passed.get();
    }
}
