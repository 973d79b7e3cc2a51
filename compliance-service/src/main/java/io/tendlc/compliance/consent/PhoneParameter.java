package io.tendlc.compliance.consent;

import io.tendlc.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The {@code phone} query parameter: an E.164 number, as the ledger keeps numbers. */
final class PhoneParameter {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");

    /**
     * The E.164 number; a {@code +} sent unencoded in a query string arrives as a space and is taken back. Anything
     * else is a 400 {@code invalid-phone} problem.
     */
    static String parse(String raw) {
        String phone = raw == null ? "" : raw;
        if (phone.startsWith(" ") && !phone.isBlank() && Character.isDigit(phone.strip().charAt(0))) {
            phone = "+" + phone.strip();
        }
        phone = phone.strip();
        if (!E164.matcher(phone).matches()) {
            String message = "must be an E.164 number such as +12025550123 (encode + as %2B)";
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-phone", "Invalid phone number", "phone: " + message,
                    Map.of("errors", List.of(Map.of("field", "phone", "message", message))));
        }
        return phone;
    }

    private PhoneParameter() {
    }
}
