package io.tendlc.brand.tcr;

import java.util.List;
import java.util.stream.Collectors;

/** TCR refused the request for what it carries (HTTP 4xx): sending it again unchanged will not help. */
public class TcrRejected extends RuntimeException {

    private final int httpStatus;
    private final List<TcrError> errors;

    public TcrRejected(int httpStatus, List<TcrError> errors) {
        super("TCR refused (" + httpStatus + "): " + describe(errors));
        this.httpStatus = httpStatus;
        this.errors = List.copyOf(errors);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public List<TcrError> errors() {
        return errors;
    }

    /** TCR's reasons in one line, for a status reason or a log. */
    public static String describe(List<TcrError> errors) {
        return errors.stream()
                .map(e -> (e.field() == null || e.field().isBlank() ? "" : e.field() + ": ") + e.description())
                .collect(Collectors.joining("; "));
    }
}
