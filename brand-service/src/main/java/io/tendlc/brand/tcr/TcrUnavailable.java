package io.tendlc.brand.tcr;

/** TCR could not be reached or did not answer usefully (down, timing out, 5xx, 429, circuit open): try again later. */
public class TcrUnavailable extends RuntimeException {

    public TcrUnavailable(String message) {
        super(message);
    }

    public TcrUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
