package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import org.junit.jupiter.api.Test;

class RedirectingTwilioHttpClientTest {

    @Test
    void keepsThePathParamsAndAuthButNotTheTwilioHostRegionOrEdge() {
        Request original = new Request(HttpMethod.POST, "api", "/2010-04-01/Accounts/AC1/Messages.json");
        original.setAuth("AC1", "token");
        original.setRegion("au1");
        original.setEdge("sydney");
        original.addPostParam("To", "+14155550100");
        original.addQueryParam("PageSize", "50");
        original.addHeaderParam("X-Custom", "yes");

        Request redirected = new RedirectingTwilioHttpClient(URI.create("http://127.0.0.1:8180/"), new NetworkHttpClient())
                .redirect(original);

        assertThat(redirected.constructURL().toString())
                .isEqualTo("http://127.0.0.1:8180/2010-04-01/Accounts/AC1/Messages.json?PageSize=50");
        assertThat(redirected.getAuthString()).isEqualTo(original.getAuthString());
        assertThat(redirected.getPostParams()).isEqualTo(original.getPostParams());
        assertThat(redirected.getHeaderParams()).isEqualTo(original.getHeaderParams());
        assertThat(redirected.getMethod()).isEqualTo(HttpMethod.POST);
    }
}
