package io.tendlc.simulators.tcr;

/**
 * One entry of TCR's error answer, which is a JSON array of these.
 *
 * @param code        TCR's error code: 501 invalid or missing parameter, 502 not allowed in the record's state,
 *                    504 record not found, 401 authentication
 * @param field       the request field at fault, when one is
 * @param description what is wrong
 */
record TcrError(int code, String field, String description) {

    static final int INVALID_PARAMETER = 501;
    static final int INVALID_STATE = 502;
    static final int NOT_FOUND = 504;

    static TcrError missing(String field) {
        return new TcrError(INVALID_PARAMETER, field, "Field '" + field + "' is required");
    }

    static TcrError invalid(String field, String description) {
        return new TcrError(INVALID_PARAMETER, field, description);
    }
}
