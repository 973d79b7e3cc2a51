package io.tendlc.devstack.infra;

import io.tendlc.embedded.ReceivedMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A received mail as a developer wants to read it: the decoded text (the services send a text and an HTML
 * alternative, and {@link ReceivedMail#body()} holds them still MIME-encoded: quoted-printable turns
 * {@code token=abc} into {@code token=3Dabc}), the HTML, and the links in it.
 *
 * @param body  the text part, decoded; the HTML part's text if there is no text part; else the body as received
 * @param html  the HTML part, decoded, or null
 * @param links every http(s) link, in order of appearance, once each
 */
record MailContent(String from, List<String> to, String subject, Instant receivedAt, String body, String html,
                   List<String> links) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);

    static MailContent of(ReceivedMail mail) {
        String text = null;
        String html = null;
        Multipart multipart = multipart(mail.body());
        if (multipart != null) {
            try {
                List<BodyPart> parts = new ArrayList<>();
                collect(multipart, parts);
                for (BodyPart part : parts) {
                    String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
                    if (text == null && type.equals("text/plain")) {
                        text = lines(part.getContent());
                    } else if (html == null && type.equals("text/html")) {
                        html = lines(part.getContent());
                    }
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                text = null; // not what it looked like: show it as it came
                html = null;
            }
        }
        String body = text != null ? text : html != null ? textOf(html) : mail.body();
        return new MailContent(mail.from(), mail.to(), mail.subject(), mail.receivedAt(), body, html, links(body, html));
    }

    /** The body as a multipart, if it starts with a MIME boundary line. */
    private static Multipart multipart(String body) {
        String first = body.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        if (!first.startsWith("--") || first.length() < 3) {
            return null;
        }
        String boundary = first.substring(2).strip();
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                    "multipart/mixed; boundary=\"" + boundary + "\""));
            multipart.getCount(); // parses; throws if the boundary was a guess too far
            return multipart;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static void collect(Multipart multipart, List<BodyPart> into) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, into);
            } else {
                into.add(part);
            }
        }
    }

    private static String lines(Object content) {
        return content instanceof String s ? s.replace("\r\n", "\n") : String.valueOf(content);
    }

    private static String textOf(String html) {
        return html.replaceAll("(?is)<(style|script)[^>]*>.*?</\\1>", "").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[ \\t]+", " ").strip();
    }

    private static List<String> links(String text, String html) {
        Set<String> links = new LinkedHashSet<>();
        if (html != null) {
            Matcher href = HREF.matcher(html);
            while (href.find()) {
                links.add(href.group(1).replace("&amp;", "&"));
            }
        }
        Matcher plain = LINK.matcher(text);
        while (plain.find()) {
            links.add(plain.group().replaceAll("[.,;:)\\]]+$", ""));
        }
        return List.copyOf(links);
    }
}
