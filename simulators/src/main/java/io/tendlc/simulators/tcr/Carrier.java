package io.tendlc.simulators.tcr;

import java.util.Arrays;
import java.util.List;

/** The mobile network operators that review campaigns, by TCR network id. */
enum Carrier {
    ATT("10017", "AT&T"),
    TMOBILE("10035", "T-Mobile"),
    VERIZON("10037", "Verizon Wireless");

    private final String mnoId;
    private final String displayName;

    Carrier(String mnoId, String displayName) {
        this.mnoId = mnoId;
        this.displayName = displayName;
    }

    String mnoId() {
        return mnoId;
    }

    String displayName() {
        return displayName;
    }

    static boolean isKnown(String mnoId) {
        return Arrays.stream(values()).anyMatch(carrier -> carrier.mnoId.equals(mnoId));
    }

    static Carrier of(String mnoId) {
        return Arrays.stream(values()).filter(carrier -> carrier.mnoId.equals(mnoId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mnoId " + mnoId));
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Carrier::mnoId).toList();
    }
}
