package io.tendlc.devstack.infra;

import java.net.URI;
import java.util.List;

/** The mail view's HTML list, newest first, with each mail's links ready to click. */
final class MailPage {

    private MailPage() {
    }

    static String list(List<MailContent> mails) {
        StringBuilder rows = new StringBuilder();
        for (int i = mails.size() - 1; i >= 0; i--) {
            MailContent mail = mails.get(i);
            rows.append("<tr><td>").append(escape(mail.receivedAt().toString()))
                    .append("</td><td>").append(escape(String.join(", ", mail.to())))
                    .append("</td><td><a href=\"/messages/").append(i).append("\">")
                    .append(escape(mail.subject().isBlank() ? "(no subject)" : mail.subject()))
                    .append("</a></td><td>").append(links(mail.links()))
                    .append("</td></tr>\n");
        }
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><title>Dev stack mail</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left;vertical-align:top}</style></head>
                <body><h1>Mail received by the dev stack (%d)</h1>
                <table><tr><th>Date</th><th>To</th><th>Subject</th><th>Links</th></tr>
                %s</table><p><a href="/messages">JSON</a></p></body></html>
                """.formatted(mails.size(), rows);
    }

    /** One line per link, named by its path ({@code /verify-email}); the whole URL is in the tooltip. */
    private static String links(List<String> links) {
        StringBuilder html = new StringBuilder();
        for (String link : links) {
            if (!html.isEmpty()) {
                html.append("<br>");
            }
            html.append("<a href=\"").append(escape(link)).append("\" title=\"").append(escape(link))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer\">").append(escape(label(link))).append("</a>");
        }
        return html.toString();
    }

    private static String label(String link) {
        try {
            URI uri = URI.create(link);
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
