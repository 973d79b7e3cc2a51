package io.tendlc.sms.inbound;

import io.tendlc.sms.inbound.Keywords.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordsTest {

    static final List<String> OPT_OUT = List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
            "OPTOUT", "OPT OUT");

    @Test
    void everyOptOutKeywordInEveryCaseAndDressing() {
        assertThat(Keywords.OPT_OUT_KEYWORDS).containsExactlyInAnyOrderElementsOf(OPT_OUT);
        for (String keyword : OPT_OUT) {
            for (String spelled : List.of(keyword, keyword.toLowerCase(Locale.ROOT), capitalized(keyword))) {
                for (String dressed : List.of(spelled, "  " + spelled + "  ", spelled + ".", spelled + "!!!",
                        "\"" + spelled + "\"", "\t" + spelled + "\n", "(" + spelled + ")", "..." + spelled + "?!",
                        "🛑 " + spelled + " 🛑", "\u200B" + spelled, "*" + spelled + "*")) {
                    assertThat(Keywords.classify(dressed)).as(dressed)
                            .isEqualTo(new Keywords.Match(Intent.OPT_OUT, keyword));
                }
            }
        }
    }

    @Test
    void optOutWrittenInTwoWordsOrHyphenatedIsOneKeyword() {
        for (String text : List.of("opt out", "Opt  Out", "OPT\tOUT", "opt-out", "Opt-Out.", "OPT_OUT", " opt \n out ")) {
            assertThat(Keywords.classify(text)).as(text).isEqualTo(new Keywords.Match(Intent.OPT_OUT, "OPT OUT"));
        }
    }

    @Test
    void fullWidthAndCompatibilityLettersAreTheSameKeyword() {
        assertThat(Keywords.classify("ＳＴＯＰ")).isEqualTo(new Keywords.Match(Intent.OPT_OUT, "STOP"));
    }

    @Test
    void helpAndInfoAskForHelp() {
        for (String text : List.of("HELP", "help", "Help?", " INFO ", "info.", "HELP!")) {
            assertThat(Keywords.classify(text).intent()).as(text).isEqualTo(Intent.HELP);
        }
        assertThat(Keywords.classify("info").keyword()).isEqualTo("INFO");
    }

    @Test
    void startUnstopAndYesOptBackIn() {
        for (String text : List.of("START", "start", "Start.", "UNSTOP", "unstop!", "YES", "yes", " Yes! ")) {
            assertThat(Keywords.classify(text).intent()).as(text).isEqualTo(Intent.OPT_IN);
        }
        assertThat(Keywords.classify("unstop").keyword()).isEqualTo("UNSTOP");
    }

    /** The FCC's "any other clear request to stop": the whole message is the request, and nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"please stop texting me", "Stop texting me", "stop texting me!", "STOP MESSAGING ME",
            "stop sending me texts", "Stop sending me these messages", "stop contacting me", "quit texting me",
            "stop texting me please", "Stop texting me anymore", "unsubscribe me", "Please unsubscribe me.",
            "unsubscribe me from this list", "remove me", "Remove me from your list", "take me off your list",
            "remove me from the mailing list", "opt me out", "I want to opt out", "i want to unsubscribe",
            "I'd like to unsubscribe", "don't text me", "Do not text me again", "dont message me anymore",
            "don’t contact me", "no more texts", "No more messages!", "stop the texts", "stop all texts",
            "stop these messages", "stop please", "Please stop", "please stop!", "STOP NOW", "stop it", "Stop all",
            "cancel please", "end please", "unsubscribe from this list", "leave me alone", "remove my number",
            "stop, please", "Stop. Thanks", "STOP STOP", "stop stop stop!", "Unsubscribe. STOP."})
    void clearRequestsToStopAreOptOuts(String text) {
        Keywords.Match match = Keywords.classify(text);
        assertThat(match.intent()).isEqualTo(Intent.OPT_OUT);
        assertThat(match.keyword()).isNotBlank().isUpperCase();
    }

    @Test
    void aRequestIsNotTakenForABareKeyword() {
        assertThat(Keywords.classify("please stop texting me")).isEqualTo(
                new Keywords.Match(Intent.OPT_OUT, "PLEASE STOP TEXTING ME"));
        assertThat(Keywords.OPT_OUT_KEYWORDS).doesNotContain(Keywords.classify("stop texting me").keyword());
    }

    /** Conservative: a keyword inside a longer message is a message for a person to read, not an opt-out. */
    @ParameterizedTest
    @ValueSource(strings = {"stop by the store tomorrow", "I can't stop laughing", "Don't stop", "don't stop texting me",
            "cancel my appointment", "When does the sale end?", "the end", "quit my job today lol", "Stopwatch",
            "stopped", "unstoppable", "yes please", "yes I'll be there", "start time?", "help me find my order",
            "Can you help?", "info about hours", "stop texting me about the sale, I'll come tomorrow",
            "please stop by", "Ok", "Thanks!", "", "   ", "!!!", "🛑", "Please", "endless",
            "Who is this?", "remove the item from my cart", "take me to the store", "no more questions",
            "I don't want to stop getting texts", "stop hammer time", "texting me"})
    void everythingElseIsAnOrdinaryMessage(String text) {
        assertThat(Keywords.classify(text)).isEqualTo(new Keywords.Match(Intent.MESSAGE, null));
    }

    @Test
    void aNullBodyIsAnOrdinaryMessage() {
        assertThat(Keywords.classify(null).intent()).isEqualTo(Intent.MESSAGE);
    }

    @Test
    void longMessagesAreNeverTakenForRequests() {
        assertThat(Keywords.classify("stop texting me " + "please ".repeat(20)).intent()).isEqualTo(Intent.MESSAGE);
    }

    private static String capitalized(String keyword) {
        return keyword.charAt(0) + keyword.substring(1).toLowerCase(Locale.ROOT);
    }
}
