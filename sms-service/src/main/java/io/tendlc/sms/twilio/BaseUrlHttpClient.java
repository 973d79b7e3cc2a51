package io.tendlc.sms.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import java.util.List;

/**
 * twilio-java's own HTTP client, pointed at another base URL (the simulator) when configured. twilio-java builds
 * absolute https://api.twilio.com and https://messaging.twilio.com URLs; this copies each request onto the
 * configured base (same path) and sends it unchanged otherwise (auth, form and query parameters, headers).
 */
class BaseUrlHttpClient extends NetworkHttpClient {

    private static final String TWILIO_API = "https://api.twilio.com";
    /** The Twilio products the platform calls; the simulator serves them all under one base URL. */
    private static final List<String> TWILIO_HOSTS = List.of(TWILIO_API, "https://messaging.twilio.com");

    private final String baseUrl;

    BaseUrlHttpClient(String baseUrl, int maxConnections) {
        super(HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                        .setResponseTimeout(Timeout.ofSeconds(15)).build())
                .disableAutomaticRetries());
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Response makeRequest(Request request) {
        String host = TWILIO_API.equals(baseUrl) ? null : TWILIO_HOSTS.stream()
                .filter(h -> request.getUrl().startsWith(h + "/")).findFirst().orElse(null);
        if (host == null) {
            return super.makeRequest(request);
        }
        Request copy = new Request(request.getMethod(), baseUrl + request.getUrl().substring(host.length()));
        if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        }
        copy.setContentType(request.getContentType());
        if (request.getBody() != null) {
            copy.setBody(request.getBody());
        }
        request.getQueryParams().forEach((k, vs) -> vs.forEach(v -> copy.addQueryParam(k, v)));
        request.getPostParams().forEach((k, vs) -> vs.forEach(v -> copy.addPostParam(k, v)));
        request.getHeaderParams().forEach((k, vs) -> vs.forEach(v -> copy.addHeaderParam(k, v)));
        return super.makeRequest(copy);
    }
}
