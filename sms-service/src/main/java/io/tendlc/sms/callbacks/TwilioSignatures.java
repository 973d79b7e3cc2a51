package io.tendlc.sms.callbacks;

import com.twilio.security.RequestValidator;
import io.tendlc.platform.web.ApiProblem;
import io.tendlc.sms.twilio.TwilioProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks X-Twilio-Signature with twilio-java's validator (HMAC-SHA1 over the URL Twilio called plus the sorted
 * form parameters, compared in constant time). Twilio signs the public URL, so the URL is rebuilt from the
 * platform's public base URL, not from whatever host the request reached us on.
 */
@Component
class TwilioSignatures {

    private final RequestValidator validator;
    private final String publicBaseUrl;

    TwilioSignatures(TwilioProperties twilio, @Value("${sms.public-base-url}") String publicBaseUrl) {
        this.validator = new RequestValidator(twilio.authToken());
        this.publicBaseUrl = publicBaseUrl;
    }

    void verify(HttpServletRequest request, MultiValueMap<String, String> form, String signature) {
        String url = publicBaseUrl + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.getFirst()));
        if (signature == null || !validator.validate(url, params, signature)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "invalid-signature", "Invalid signature",
                    "The X-Twilio-Signature header does not match this request.");
        }
    }
}
