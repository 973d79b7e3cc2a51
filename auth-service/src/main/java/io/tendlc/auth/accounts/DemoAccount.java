package io.tendlc.auth.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Dev stack only: the demo organization's owner, created once, so a fresh platform can be logged into. */
@Component
@ConditionalOnProperty("platform.demo.enabled")
class DemoAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final DemoProperties demo;

    DemoAccount(Accounts accounts, PasswordEncoder passwords, DemoProperties demo) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.password() == null || demo.password().isBlank() || demo.organizationId() == null) {
            log.warn("Demo seeding is on but DEMO_PASSWORD or DEMO_ORG_ID is missing; no demo account created");
            return;
        }
        if (accounts.byEmail(demo.email()).isEmpty()) {
            // verified: nobody reads the demo address's mail, and unverified owners cannot send or invite
            accounts.create(new Accounts.NewAccount(demo.organizationId(), "Demo Organization", demo.email(),
                    passwords.encode(demo.password()), "Demo Owner", "OWNER", true));
            log.info("Demo account created");
        }
    }

    @ConfigurationProperties("platform.demo")
    record DemoProperties(boolean enabled, UUID organizationId, String email, String password) {
    }
}
