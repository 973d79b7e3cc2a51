-- Numbers bought through the platform (Twilio IncomingPhoneNumbers) and their 10DLC campaign assignment.
-- A number sends only when ASSIGNED to a campaign the campaign_status projection says is APPROVED.
-- Existing numbers (added without buying, like the dev stack's demo number) become UNASSIGNED: they send again
-- once assigned to an approved campaign.
update phone_number set status = 'UNASSIGNED' where status = 'ACTIVE';
alter table phone_number alter column status set default 'UNASSIGNED';
alter table phone_number
    add column campaign_id             uuid,
    add column status_reason           text,
    add column assignment_requested_at timestamptz,
    add column twilio_sid              text,
    -- the Messaging Service Twilio has the number in, so that it can be taken out again
    add column messaging_service_sid   text,
    add column twilio_released_at      timestamptz,
    -- Twilio work (purchase check, service attach/detach, release) is due at sync_at; null when there is none
    add column sync_at                 timestamptz,
    add column sync_attempts           int         not null default 0,
    add column updated_at              timestamptz not null default now();

-- a released number may be bought again, by anyone
alter table phone_number drop constraint phone_number_e164_key;
create unique index phone_number_e164_held on phone_number (e164) where status <> 'RELEASED';
create index phone_number_sync_due on phone_number (sync_at) where sync_at is not null;
create index phone_number_campaign on phone_number (campaign_id) where campaign_id is not null;

-- campaign-service's campaigns (registry.campaigns), as far as sending needs them; changes apply by changed_at
create table campaign_status (
    campaign_id             uuid primary key,
    organization_id         uuid        not null,
    brand_id                uuid,
    status                  text        not null,
    att_messages_per_minute int,
    tmobile_daily_segments  int,
    reason                  text,
    changed_at              timestamptz not null
);
