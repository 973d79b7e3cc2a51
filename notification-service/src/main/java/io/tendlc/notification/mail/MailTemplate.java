package io.tendlc.notification.mail;

/** The transactional mails; each has {@code mail/<name>.txt} (subject line and text) and {@code mail/<name>.html}. */
enum MailTemplate {

    EMAIL_VERIFICATION("email-verification"),
    PASSWORD_RESET("password-reset"),
    INVITATION("invitation"),
    // news about the organization's 10DLC registrations, to its owners and admins; their links hold no secret
    BRAND_APPROVED("brand-approved"),
    BRAND_REJECTED("brand-rejected"),
    BRAND_SUSPENDED("brand-suspended"),
    CAMPAIGN_APPROVED("campaign-approved"),
    CAMPAIGN_REJECTED("campaign-rejected"),
    CAMPAIGN_SUSPENDED("campaign-suspended");

    private final String fileName;

    MailTemplate(String fileName) {
        this.fileName = fileName;
    }

    /** Also the name the mail log keeps. */
    String fileName() {
        return fileName;
    }
}
