-- Status callbacks that arrived before we recorded the message's Twilio sid (Twilio can call back within
-- milliseconds of answering the create call); applied as soon as the sid is recorded.
create table early_status (
    provider_sid text        not null,
    status       text        not null,
    error_code   int,
    received_at  timestamptz not null default now(),
    primary key (provider_sid, status)
);
