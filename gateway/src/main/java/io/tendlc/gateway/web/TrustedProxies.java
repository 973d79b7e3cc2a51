package io.tendlc.gateway.web;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The proxies (load balancer, ingress) whose {@code X-Forwarded-*} headers we believe, as addresses or CIDR ranges.
 * Only literal IP addresses are ever parsed ({@link InetAddress#ofLiteral}): a header value never causes a DNS lookup.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    public TrustedProxies(List<String> cidrs) {
        this.ranges = cidrs == null ? List.of() : cidrs.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client behind a trusted proxy: the right-most {@code X-Forwarded-For} hop that is not itself a trusted
     * proxy (each proxy appends the address it saw, so everything left of that is what the client claimed). With a
     * single proxy that replaces the header this is its first hop. Null when no hop is a valid address.
     */
    public InetAddress clientBehind(List<String> forwardedFor) {
        InetAddress client = null;
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            String[] hops = forwardedFor.get(i).split(",");
            for (int j = hops.length - 1; j >= 0; j--) {
                InetAddress hop = literal(hops[j]);
                if (hop == null) {
                    return client; // garbage: stop at the last address a trusted proxy vouched for
                }
                client = hop;
                if (!trusts(hop)) {
                    return hop;
                }
            }
        }
        return client;
    }

    static InetAddress literal(String value) {
        String candidate = value.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        try {
            return candidate.isEmpty() ? null : InetAddress.ofLiteral(candidate);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefixLength) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            InetAddress address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + cidr);
            }
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1).strip());
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Bad prefix length in " + cidr);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            if (!Arrays.equals(candidate, 0, fullBytes, network, 0, fullBytes)) {
                return false;
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
