-- The campaign's keyword answers (HELP, opt-out confirmation, opt-in confirmation), from registry.campaigns.
alter table campaign_status
    add column help_message   text,
    add column optout_message text,
    add column optin_message  text;

-- Phones that opted out (STOP and friends, or Twilio 21610), per brand across all of its numbers, kept forever.
-- brand_id is null only when the number texted was in no campaign the projection knew: then the opt-out holds for
-- every brand of the organization (the conservative reading), see the partial index below.
create table suppression (
    organization_id uuid        not null,
    brand_id        uuid,
    phone           text        not null,
    -- OPT_OUT_KEYWORD (the person texted a stop word), CARRIER_UNSUBSCRIBED (Twilio answered 21610) or
    -- OPTED_OUT_ELSEWHERE (contacts.consent from another channel: API, web form)
    reason          text        not null,
    -- the keyword or phrase texted, or the Twilio error
    source          text        not null,
    created_at      timestamptz not null default now(),
    constraint suppression_brand_phone unique (brand_id, phone)
);
create unique index suppression_org_phone_no_brand on suppression (organization_id, phone) where brand_id is null;

-- SMS texted to the platform's numbers; provider_sid (Twilio's MessageSid) makes a retried webhook a no-op.
create table inbound_message (
    id              uuid primary key,
    organization_id uuid        not null,
    provider_sid    text        not null unique,
    from_number     text        not null,
    to_number       text        not null,
    body            text        not null,
    -- OPT_OUT, HELP, OPT_IN or MESSAGE; keyword is what was matched (null for ordinary messages)
    intent          text        not null,
    keyword         text,
    campaign_id     uuid,
    brand_id        uuid,
    received_at     timestamptz not null
);
create index inbound_message_org_received on inbound_message (organization_id, received_at desc);

-- Replies the platform sends by itself (keyword answers): they bypass the suppression check, once.
alter table message add column system boolean not null default false;
