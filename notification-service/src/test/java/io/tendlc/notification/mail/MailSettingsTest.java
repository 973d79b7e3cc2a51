package io.tendlc.notification.mail;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSettingsTest {

    private final MailSettings settings = new MailSettings("10DLC Platform <no-reply@tendlc.local>", "10DLC Platform",
            URI.create("https://sms.example.com"));

    @Test
    void onlyLinksUnderThePublicBaseUrlAreOurs() {
        assertThat(settings.isOwnLink("https://sms.example.com/verify-email?token=abc")).isTrue();
        assertThat(settings.isOwnLink("https://SMS.example.com:443/reset-password?token=abc")).isTrue();
        assertThat(settings.isOwnLink("http://sms.example.com/verify-email?token=abc")).as("scheme").isFalse();
        assertThat(settings.isOwnLink("https://sms.example.com.evil.io/verify-email")).as("host suffix").isFalse();
        assertThat(settings.isOwnLink("https://sms.example.com@evil.io/verify-email")).as("user info").isFalse();
        assertThat(settings.isOwnLink("https://sms.example.com:8443/verify-email")).as("port").isFalse();
        assertThat(settings.isOwnLink("javascript:alert(1)")).isFalse();
        assertThat(settings.isOwnLink("/verify-email?token=abc")).as("relative").isFalse();
        assertThat(settings.isOwnLink("not a uri")).isFalse();
        assertThat(settings.isOwnLink(null)).isFalse();
    }

    @Test
    void aBaseWithAPathKeepsLinksBelowIt() {
        MailSettings underPath = new MailSettings("a@b.c", "x", URI.create("https://example.com/sms/"));
        assertThat(underPath.isOwnLink("https://example.com/sms/verify-email?token=a")).isTrue();
        assertThat(underPath.isOwnLink("https://example.com/smsx/verify-email")).isFalse();
        assertThat(underPath.isOwnLink("https://example.com/other")).isFalse();
    }

    @Test
    void aBadSenderOrBaseFailsAtStartUp() {
        assertThatThrownBy(() -> new MailSettings("not an address <", "x", URI.create("https://a.b")))
                .hasMessageContaining("MAIL_FROM");
        assertThatThrownBy(() -> new MailSettings("a@b.c", "x", URI.create("ftp://a.b")))
                .hasMessageContaining("PUBLIC_BASE_URL");
    }
}
