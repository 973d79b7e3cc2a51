package io.tendlc.campaign.tcr;

import java.util.List;

/** What became of one call to TCR. */
public sealed interface TcrResult<T> {

    record Accepted<T>(T value) implements TcrResult<T> {
    }

    /** TCR answered 4xx: the request itself is wrong and sending it again will not help. */
    record Refused<T>(int status, List<TcrError> errors) implements TcrResult<T> {
    }

    /** TCR could not be reached, kept failing after retries, or the circuit is open: try again later. */
    record Unavailable<T>(String reason) implements TcrResult<T> {
    }
}
