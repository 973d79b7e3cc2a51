package io.tendlc.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Who the platform's mail comes from and where its links may point.
 *
 * @param from        the sender, {@code Name <address>}
 * @param productName how the mails name the product
 * @param linkBase    the public base URL (the gateway); every link in a mail must start with it
 */
@ConfigurationProperties("notification.mail")
record MailSettings(String from, String productName, URI linkBase) {

    MailSettings {
        try {
            new InternetAddress(from, true);
        } catch (AddressException | NullPointerException e) {
            throw new IllegalArgumentException("notification.mail.from (MAIL_FROM) is not a mail address: " + from, e);
        }
        if (linkBase == null || !linkBase.isAbsolute() || !(linkBase.getScheme().equals("http") || linkBase.getScheme().equals("https"))) {
            throw new IllegalArgumentException("notification.mail.link-base (PUBLIC_BASE_URL) must be an http(s) URL: " + linkBase);
        }
    }

    InternetAddress sender() {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e); // checked in the constructor
        }
    }

    /** The absolute URL of a dashboard page, e.g. {@code /brands/<id>} → {@code https://sms.example.com/brands/<id>}. */
    String link(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("not a path of the dashboard: " + path);
        }
        String base = linkBase.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** True for an http(s) link under {@link #linkBase()} (same scheme, host and port; path below it). */
    boolean isOwnLink(String link) {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        String basePath = linkBase.getRawPath() == null || linkBase.getRawPath().isEmpty() ? "/" : linkBase.getRawPath();
        String prefix = basePath.endsWith("/") ? basePath : basePath + "/";
        return uri.isAbsolute() && linkBase.getScheme().equalsIgnoreCase(uri.getScheme())
                && linkBase.getHost() != null && linkBase.getHost().equalsIgnoreCase(uri.getHost())
                && port(linkBase) == port(uri) && uri.getRawUserInfo() == null
                && uri.getRawPath() != null && uri.getRawPath().startsWith(prefix);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
