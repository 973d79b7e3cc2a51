package io.tendlc.campaign.campaigns;

import java.util.Arrays;
import java.util.Optional;

/** The carriers (MNOs) that review a 10DLC campaign, with TCR's network ids. */
enum Carrier {
    ATT("10017", "AT&T"), TMOBILE("10035", "T-Mobile"), VERIZON("10037", "Verizon");

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

    static Optional<Carrier> byMnoId(String mnoId) {
        return Arrays.stream(values()).filter(c -> c.mnoId.equals(mnoId == null ? null : mnoId.trim())).findFirst();
    }
}
