package io.tendlc.compliance.rules;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.tendlc.compliance.rules.Finding.Severity.ERROR;
import static io.tendlc.compliance.rules.Finding.Severity.WARNING;
import static io.tendlc.compliance.rules.Fixtures.caught;
import static io.tendlc.compliance.rules.Fixtures.campaign;
import static io.tendlc.compliance.rules.Fixtures.clean;

class KeywordRulesTest {

    @Test
    void optOutAndHelpMustBeSupported() {
        var c = campaign();
        c.subscriberOptout = false;
        c.subscriberHelp = false;
        caught(c.check(), "subscriber-flags", ERROR, "subscriberOptout");
        caught(c.check(), "subscriber-flags", ERROR, "subscriberHelp");
        clean(campaign().check(), "subscriber-flags");
    }

    @Test
    void helpMessage() {
        var c = campaign();
        c.helpMessage = null;
        caught(c.check(), "help-message", ERROR, "helpMessage");
        c.helpMessage = "Call us.";
        caught(c.check(), "help-message", ERROR, "helpMessage");
        c.helpMessage = "For help call +1 (202) 555-0123. Reply STOP to opt out.";
        caught(c.check(), "help-message", ERROR, "helpMessage"); // no brand
        c.helpMessage = "Acme Flowers alerts. Msg frequency varies. Reply STOP to opt out.";
        caught(c.check(), "help-message", ERROR, "helpMessage"); // no contact
        c.helpMessage = "Acme Flowers: questions? Visit acmeflowers.com/help. Reply STOP to opt out.";
        clean(c.check(), "help-message");
        c.helpMessage = "Acme Flowers: " + "x".repeat(320);
        caught(c.check(), "help-message", ERROR, "helpMessage");
    }

    @Test
    void optInMessage() {
        var c = campaign();
        c.optinMessage = "";
        caught(c.check(), "opt-in-message", ERROR, "optinMessage");
        c.optinMessage = "You are subscribed to our offers. Msg & data rates may apply.";
        caught(c.check(), "opt-in-message", WARNING, "optinMessage");
        clean(campaign().check(), "opt-in-message");
        var none = campaign();
        none.optinMessage = null;
        none.subscriberOptin = false;
        none.optinKeywords = new ArrayList<>();
        clean(none.check(), "opt-in-message");
    }

    @Test
    void optOutMessage() {
        var c = campaign();
        c.optoutMessage = " ";
        caught(c.check(), "opt-out-message", ERROR, "optoutMessage");
        c.optoutMessage = "Acme Flowers: thanks for being a customer! See our deals.";
        caught(c.check(), "opt-out-message", ERROR, "optoutMessage"); // does not confirm
        c.optoutMessage = "You are unsubscribed and will receive no more messages.";
        caught(c.check(), "opt-out-message", ERROR, "optoutMessage"); // no brand
        clean(campaign().check(), "opt-out-message");
    }

    @Test
    void optOutKeywordsIncludeStop() {
        var c = campaign();
        c.optoutKeywords = new ArrayList<>(List.of("UNSUBSCRIBE", "CANCEL"));
        caught(c.check(), "opt-out-keywords", ERROR, "optoutKeywords");
        c.optoutKeywords = null;
        caught(c.check(), "opt-out-keywords", ERROR, "optoutKeywords");
        c.optoutKeywords = new ArrayList<>(List.of("stop,quit"));
        clean(c.check(), "opt-out-keywords");
    }

    @Test
    void optOutKeywordsCoverTheFccList() {
        var c = campaign();
        c.optoutKeywords = new ArrayList<>(List.of("STOP", "UNSUBSCRIBE"));
        caught(c.check(), "opt-out-keywords-fcc", WARNING, "optoutKeywords");
        clean(campaign().check(), "opt-out-keywords-fcc");
    }

    @Test
    void helpKeywordsIncludeHelp() {
        var c = campaign();
        c.helpKeywords = new ArrayList<>(List.of("INFO"));
        caught(c.check(), "help-keywords", ERROR, "helpKeywords");
        clean(campaign().check(), "help-keywords");
    }

    @Test
    void keywordsMeanOneThing() {
        var c = campaign();
        c.optinKeywords = new ArrayList<>(List.of("JOIN", "stop"));
        caught(c.check(), "keyword-conflict", ERROR, "optinKeywords");
        clean(campaign().check(), "keyword-conflict");
    }
}
