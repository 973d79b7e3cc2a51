package io.tendlc.simulators.tcr;

import java.util.List;

/** An answer in TCR's error shape: an HTTP status and a list of {@link TcrError}s. */
final class TcrApiException extends RuntimeException {

    private final int httpStatus;
    private final List<TcrError> errors;

    TcrApiException(int httpStatus, List<TcrError> errors) {
        super(errors.isEmpty() ? "HTTP " + httpStatus : errors.getFirst().description(), null, false, false);
        this.httpStatus = httpStatus;
        this.errors = List.copyOf(errors);
    }

    static TcrApiException badRequest(List<TcrError> errors) {
        return new TcrApiException(400, errors);
    }

    static TcrApiException badRequest(TcrError error) {
        return new TcrApiException(400, List.of(error));
    }

    static TcrApiException notFound(String field, String id) {
        return new TcrApiException(404, List.of(new TcrError(TcrError.NOT_FOUND, field, "Record not found: " + id)));
    }

    int httpStatus() {
        return httpStatus;
    }

    List<TcrError> errors() {
        return errors;
    }
}
