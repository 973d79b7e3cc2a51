package io.tendlc.notification.mail;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails' wording, from files under {@code mail/} on the classpath: {@code <name>.txt} starts with a
 * {@code Subject:} line, {@code <name>.html} is the HTML body's content; {@code layout.txt} and
 * {@code layout.html} frame them ({@code {{{content}}}} marks where). Placeholders are {@code {{name}}};
 * in HTML every value is escaped, and values are inserted in one pass, so a value can never add markup
 * or placeholders of its own. A placeholder without a value is a bug and fails loudly.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String CONTENT = "{{{content}}}";
    private static final String SUBJECT_PREFIX = "Subject:";

    private final Map<MailTemplate, Parts> templates = new EnumMap<>(MailTemplate.class);
    private final String textLayout;
    private final String htmlLayout;

    MailTemplates() {
        textLayout = read("layout.txt");
        htmlLayout = read("layout.html");
        if (!textLayout.contains(CONTENT) || !htmlLayout.contains(CONTENT)) {
            throw new IllegalStateException("mail/layout.txt and mail/layout.html must contain " + CONTENT);
        }
        for (MailTemplate template : MailTemplate.values()) {
            String text = read(template.fileName() + ".txt");
            int firstLineEnd = text.indexOf('\n');
            if (!text.startsWith(SUBJECT_PREFIX) || firstLineEnd < 0) {
                throw new IllegalStateException("mail/" + template.fileName() + ".txt must start with a Subject: line");
            }
            templates.put(template, new Parts(text.substring(SUBJECT_PREFIX.length(), firstLineEnd).strip(),
                    text.substring(firstLineEnd + 1).strip(), read(template.fileName() + ".html")));
        }
    }

    /** The subject, text and HTML of one mail; {@code values} are plain text. */
    RenderedMail render(MailTemplate template, Map<String, String> values) {
        Parts parts = templates.get(template);
        String subject = fill(parts.subject(), values, UnaryOperator.identity());
        Map<String, String> withSubject = new HashMap<>(values);
        withSubject.put("subject", subject);
        String text = frame(textLayout, fill(parts.text(), values, UnaryOperator.identity()), withSubject,
                UnaryOperator.identity());
        String html = frame(htmlLayout, fill(parts.html(), values, HtmlUtils::htmlEscape), withSubject,
                HtmlUtils::htmlEscape);
        return new RenderedMail(subject, text, html);
    }

    /** The layout's own placeholders first, then the already rendered content, so it is not scanned again. */
    private static String frame(String layout, String content, Map<String, String> values, UnaryOperator<String> escape) {
        int at = layout.indexOf(CONTENT);
        return fill(layout.substring(0, at), values, escape) + content
                + fill(layout.substring(at + CONTENT.length()), values, escape);
    }

    private static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + match.group(1) + "}}");
            }
            return Matcher.quoteReplacement(escape.apply(value));
        });
    }

    private static String read(String name) {
        try {
            String text = new ClassPathResource("mail/" + name).getContentAsString(StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("missing mail template mail/" + name, e);
        }
    }

    private record Parts(String subject, String text, String html) {
    }

    /** One mail, ready to send. */
    record RenderedMail(String subject, String text, String html) {
    }
}
