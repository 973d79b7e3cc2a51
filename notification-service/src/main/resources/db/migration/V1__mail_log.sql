-- One row per transactional mail this service sent, tried to send, or dropped. The link in a mail holds a
-- secret token, so neither link nor token is ever stored. The recipient is kept masked (for people reading the
-- log) and as a SHA-256 of the lower-cased address (to answer "did we mail this address?" without keeping it).
create table mail_log (
    id               uuid primary key,
    event_id         uuid        not null,
    organization_id  uuid,
    user_id          uuid,
    template         text        not null,
    recipient_masked text        not null,
    recipient_hash   text        not null,
    status           text        not null check (status in ('sent', 'failed', 'expired')),
    -- why an attempt failed: exception types and SMTP text without addresses
    failure          text,
    -- when it was sent, or when the attempt failed
    sent_at          timestamptz not null default now()
);

create index mail_log_user on mail_log (user_id, sent_at desc) where user_id is not null;
create index mail_log_organization on mail_log (organization_id, sent_at desc) where organization_id is not null;
create index mail_log_recipient on mail_log (recipient_hash, sent_at desc);
create index mail_log_event on mail_log (event_id);
