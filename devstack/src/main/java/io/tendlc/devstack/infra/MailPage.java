package io.tendlc.devstack.infra;

import io.tendlc.embedded.ReceivedMail;
import java.util.List;

/** The mail view's HTML list, newest first. */
final class MailPage {

    private MailPage() {
    }

    static String list(List<ReceivedMail> mails) {
        StringBuilder rows = new StringBuilder();
        for (int i = mails.size() - 1; i >= 0; i--) {
            ReceivedMail mail = mails.get(i);
            rows.append("<tr><td>").append(escape(mail.receivedAt().toString()))
                    .append("</td><td>").append(escape(String.join(", ", mail.to())))
                    .append("</td><td><a href=\"/messages/").append(i).append("\">")
                    .append(escape(mail.subject().isBlank() ? "(no subject)" : mail.subject()))
                    .append("</a></td></tr>\n");
        }
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><title>Dev stack mail</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left}</style></head>
                <body><h1>Mail received by the dev stack (%d)</h1>
                <table><tr><th>Date</th><th>To</th><th>Subject</th></tr>
                %s</table><p><a href="/messages">JSON</a></p></body></html>
                """.formatted(mails.size(), rows);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
