package io.tendlc.notification.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityMailListenerTest {

    @Test
    void namesBecomeOneShortLine() {
        assertThat(IdentityMailListener.plain(" Ada\r\nBcc: evil@example.com\t ")).isEqualTo("Ada Bcc: evil@example.com");
        assertThat(IdentityMailListener.plain(null)).isEmpty();
        assertThat(IdentityMailListener.plain("x".repeat(200))).hasSize(80).endsWith("…");
        assertThat(IdentityMailListener.plain("😀".repeat(100))).endsWith("😀…");
    }

    @Test
    void rolesReadAsEnglish() {
        assertThat(IdentityMailListener.withArticle("ADMIN")).isEqualTo("an Admin");
        assertThat(IdentityMailListener.withArticle("OWNER")).isEqualTo("an Owner");
        assertThat(IdentityMailListener.withArticle("MANAGER")).isEqualTo("a Manager");
        assertThat(IdentityMailListener.withArticle("viewer")).isEqualTo("a Viewer");
        assertThat(IdentityMailListener.withArticle(null)).isEqualTo("a member");
    }
}
