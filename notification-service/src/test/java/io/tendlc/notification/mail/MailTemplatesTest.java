package io.tendlc.notification.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    private static final java.util.Set<MailTemplate> EXPIRING_LINKS =
            java.util.EnumSet.of(MailTemplate.EMAIL_VERIFICATION, MailTemplate.PASSWORD_RESET, MailTemplate.INVITATION);

    private final MailTemplates templates = new MailTemplates();

    @Test
    void valuesAreEscapedInHtmlAndLeftAloneInText() {
        MailTemplates.RenderedMail mail = templates.render(MailTemplate.INVITATION, values(Map.of(
                "inviter", "<script>alert(1)</script>", "organization", "Tom & Jerry's \"Co\"")));

        assertThat(mail.subject()).isEqualTo("<script>alert(1)</script> invited you to Tom & Jerry's \"Co\" on 10DLC Platform");
        assertThat(mail.text()).contains("<script>alert(1)</script> invited you").endsWith("replies to it are not read.\n");
        assertThat(mail.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tom &amp; Jerry&#39;s &quot;Co&quot;")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; invited you to Tom &amp; Jerry")
                .startsWith("<!doctype html>");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrAReplacementIsInsertedAsItIs() {
        MailTemplates.RenderedMail mail = templates.render(MailTemplate.EMAIL_VERIFICATION,
                values(Map.of("name", "{{link}} $1 \\ {{{content}}}")));

        assertThat(mail.text()).contains("Hi {{link}} $1 \\ {{{content}}},").containsOnlyOnce("https://app.example/x");
        assertThat(mail.html()).contains("Hi {{link}} $1 \\ {{{content}}},");
    }

    @Test
    void everyTemplateRendersWithTheValuesTheListenerGives() {
        for (MailTemplate template : MailTemplate.values()) {
            boolean expiring = EXPIRING_LINKS.contains(template);
            Map<String, String> values = values(Map.of());
            if (!expiring) {
                values.remove("expiry"); // the registration mails' links do not expire: Mailer gives no expiry
            }
            MailTemplates.RenderedMail mail = templates.render(template, values);
            assertThat(mail.subject()).isNotBlank().doesNotContain("{{");
            assertThat(mail.text()).contains("https://app.example/x").doesNotContain("{{");
            assertThat(mail.html()).contains("href=\"https://app.example/x\"").doesNotContain("{{");
            if (expiring) {
                assertThat(mail.text()).contains("in 1 hour");
            } else {
                assertThat(mail.subject()).isEqualTo("Brand <Acme> approved");
                assertThat(mail.text()).contains("Tom & Jerry's brand is fine.", "an Admin");
                assertThat(mail.html()).contains("Brand &lt;Acme&gt; approved", "Tom &amp; Jerry&#39;s brand is fine.")
                        .doesNotContain("<Acme>");
            }
        }
    }

    @Test
    void aMissingValueIsABugNotABlank() {
        assertThatThrownBy(() -> templates.render(MailTemplate.PASSWORD_RESET, Map.of("name", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no value for {{");
    }

    private static Map<String, String> values(Map<String, String> overrides) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("name", "Jane", "email", "jane@example.com",
                "link", "https://app.example/x", "expiry", "in 1 hour (Tue, 3 Mar 2026 at 14:05 UTC)",
                "product", "10DLC Platform", "inviter", "Ada", "organization", "Acme", "role", "an Admin",
                "title", "Brand <Acme> approved", "body", "Tom & Jerry's brand is fine."));
        values.putAll(overrides);
        return values;
    }
}
