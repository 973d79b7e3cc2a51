package io.tendlc.simulators.twilio;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Points the unchanged twilio-java client at another base URL (the simulator). twilio-java builds every
 * request for {@code https://<product>.twilio.com/...}; this client copies each {@link Request} onto the
 * same path under the base URL and hands it to a real {@link NetworkHttpClient}, so serialisation, auth,
 * headers, retries and error parsing are all twilio-java's own.
 *
 * <p>Region and edge are deliberately not copied: {@code Request.buildURL()} would splice them into the
 * host name, which is right for twilio.com and wrong for localhost.
 */
public class RedirectingTwilioHttpClient extends HttpClient {

    private final String baseUrl;
    private final HttpClient delegate;

    public RedirectingTwilioHttpClient(URI baseUrl) {
        this(baseUrl, new NetworkHttpClient());
    }

    /** @param delegate usually a {@code NetworkHttpClient}, built with a larger connection pool under load */
    public RedirectingTwilioHttpClient(URI baseUrl, HttpClient delegate) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.delegate = delegate;
    }

    @Override
    public Response makeRequest(Request request) {
        return delegate.makeRequest(redirect(request));
    }

    Request redirect(Request original) {
        Request copy = new Request(original.getMethod(), baseUrl + pathOf(original.getUrl()));
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        copyParams(original.getQueryParams(), copy::addQueryParam);
        copyParams(original.getPostParams(), copy::addPostParam);
        copyParams(original.getHeaderParams(), copy::addHeaderParam);
        copy.setContentType(original.getContentType());
        copy.setBody(original.getBody());
        copy.setFormParameters(original.getFormParameters());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        return copy;
    }

    /** The path of twilio-java's unencoded URL, e.g. /2010-04-01/Accounts/AC…/Messages.json. */
    private static String pathOf(String url) {
        int hostStart = url.indexOf("://") + 3;
        int pathStart = url.indexOf('/', hostStart);
        return pathStart < 0 ? "/" : url.substring(pathStart);
    }

    private static void copyParams(Map<String, List<String>> params, BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
}
