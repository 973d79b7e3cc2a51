package io.tendlc.notification.mail;

/** The transactional mails; each has {@code mail/<name>.txt} (subject line and text) and {@code mail/<name>.html}. */
enum MailTemplate {

    EMAIL_VERIFICATION("email-verification"),
    PASSWORD_RESET("password-reset"),
    INVITATION("invitation");

    private final String fileName;

    MailTemplate(String fileName) {
        this.fileName = fileName;
    }

    /** Also the name the mail log keeps. */
    String fileName() {
        return fileName;
    }
}
