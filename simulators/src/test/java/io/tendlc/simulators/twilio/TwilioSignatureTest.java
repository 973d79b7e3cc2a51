package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final String TOKEN = "12345";

    @Test
    void twilioJavasValidatorAcceptsTheSignature() {
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        SortedMap<String, String> params = new TreeMap<>();
        params.put("To", "+18005551212");
        params.put("From", "+14158675310");
        params.put("Body", "Ünïcödé & spaces + symbols = fine ✓");
        params.put("MessageSid", "SM00000000000000000000000000000001");

        String signature = new TwilioSignature(TOKEN).sign(url, params);

        assertThat(new RequestValidator(TOKEN).validate(url, params, signature)).isTrue();
        assertThat(new RequestValidator("another").validate(url, params, signature)).isFalse();
        assertThat(new RequestValidator(TOKEN).validate(url + "&baz=3", params, signature)).isFalse();
    }

    @Test
    void isStableAcrossCallsAndThreads() throws Exception {
        TwilioSignature signer = new TwilioSignature(TOKEN);
        SortedMap<String, String> params = new TreeMap<>(Map.of("A", "1", "B", "2"));
        String expected = signer.sign("http://localhost/x", params);

        Thread other = Thread.ofVirtual().start(() -> assertThat(signer.sign("http://localhost/x", params)).isEqualTo(expected));
        other.join();

        assertThat(signer.sign("http://localhost/x", params)).isEqualTo(expected);
    }
}
