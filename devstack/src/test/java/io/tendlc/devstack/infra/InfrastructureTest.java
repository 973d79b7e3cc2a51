package io.tendlc.devstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.tendlc.devstack.Console;
import io.tendlc.devstack.DataDirectory;
import io.tendlc.embedded.Ports;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The infra phase of the launcher, on free ports: every server answers, then every port is released. */
class InfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void startsEveryServerAndTellsTheServicesWhereTheyAre() throws Exception {
        InfraPorts ports = InfraPorts.free();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(output, true, StandardCharsets.UTF_8));

        try (Infrastructure infra = Infrastructure.start(new DataDirectory(dir), ports, Map.of(), console)) {
            assertThat(ports.named().values()).allSatisfy(port -> assertThat(Ports.isListening(port)).as("port " + port).isTrue());
            assertThat(infra.environment())
                    .containsEntry("DB_URL", "jdbc:postgresql://localhost:" + ports.postgres() + "/tendlc")
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka())
                    .containsEntry("REDIS_URL", "redis://localhost:" + ports.redis())
                    .containsEntry("ELASTICSEARCH_URL", "http://localhost:" + ports.elasticsearch())
                    .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongodb() + "/tendlc")
                    .containsEntry("SMTP_PORT", Integer.toString(ports.smtp()));
            assertThat(output.toString(StandardCharsets.UTF_8)).containsPattern("  postgres +:\\d+ +UP in");
            sendMail(ports.smtp());
            assertThat(get("http://localhost:" + ports.mailView() + "/messages")).contains("\"subject\":\"Welcome\"");
            assertThat(get("http://localhost:" + ports.mailView() + "/")).contains("Welcome", "demo@example.com");
            sendVerificationMail(ports.smtp());
            String link = "http://localhost:8080/verify-email?token=abc";
            assertThat(get("http://localhost:" + ports.mailView() + "/messages"))
                    .contains("\"body\":\"Hi Zoë,\\n" + link + "\\n\"", "\"links\":[\"" + link + "\"]");
            assertThat(get("http://localhost:" + ports.mailView() + "/")).contains("<a href=\"" + link + "\"");
            assertThat(get("http://localhost:" + ports.mailView() + "/messages/1"))
                    .contains("Subject: Verify your email address", "Hi Zoë,\n" + link, "Links:\n" + link);
            assertThat(get("http://localhost:" + ports.elasticsearch() + "/")).contains("\"cluster_name\":\"tendlc\"");
        }

        assertThat(ports.named().values()).allSatisfy(port -> assertThat(Ports.isListening(port)).as("port " + port).isFalse());
        assertThat(dir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dir.resolve("kafka/meta.properties")).exists();
    }

    @Test
    void leavesOutServersTheEnvironmentProvides() {
        InfraPorts ports = InfraPorts.free();
        Map<String, String> env = Map.of("DB_URL", "jdbc:postgresql://db.example:5432/x", "DB_USER", "me",
                "KAFKA_BOOTSTRAP_SERVERS", "k:9092", "REDIS_URL", "redis://r:6379", "ELASTICSEARCH_URL", "http://es:9200",
                "MONGODB_URI", "mongodb://m/x", "SMTP_HOST", "mail.example", "SMTP_PORT", "25");

        try (Infrastructure infra = Infrastructure.start(new DataDirectory(dir), ports, env, new Console(new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))) {
            assertThat(infra.environment()).isEqualTo(env);
            assertThat(infra.hasMailView()).isFalse();
            assertThat(Ports.isListening(ports.postgres())).isFalse();
        }
    }

    private static void sendMail(int port) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@tendlc.io"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("demo@example.com"));
        message.setSubject("Welcome");
        message.setText("Verify with code 424242");
        Transport.send(message);
    }

    /** Text and HTML alternatives, quoted-printable on the wire (the ë), as notification-service sends them. */
    private static void sendVerificationMail(int port) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("no-reply@tendlc.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("zoe@example.com"));
        message.setSubject("Verify your email address");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hi Zoë,\r\nhttp://localhost:8080/verify-email?token=abc\r\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Hi Zoë,</p><a href=\"http://localhost:8080/verify-email?token=abc\">Verify</a>", "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(message);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
