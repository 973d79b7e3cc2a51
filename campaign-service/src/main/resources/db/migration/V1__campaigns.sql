-- Brands as brand-service announces them (registry.brands): only what campaign registration needs.
create table brand (
    id              uuid primary key,
    organization_id uuid        not null,
    tcr_brand_id    text,
    display_name    text,
    company_name    text,
    entity_type     text,
    identity_status text,
    vetting_score   int,
    status          text        not null,
    reason          text,
    -- brand-service's time of the change: a change older than this one is stale
    changed_at      timestamptz not null
);
create index brand_org on brand (organization_id);

create table campaign (
    id                      uuid primary key,
    organization_id         uuid        not null,
    brand_id                uuid        not null,
    tcr_campaign_id         text unique,
    usecase                 text        not null,
    -- everything submitted to TCR, as the API took it (CampaignForm)
    content                 jsonb       not null,
    -- bumped by every edit: a TCR answer for an older version does not settle a newer one
    content_version         int         not null default 1,
    status                  text        not null,
    status_reason           text,
    att_messages_per_minute int,
    tmobile_daily_segments  int,
    -- what TCR still has to be told (CREATE, UPDATE, DELETE), retried by a job until TCR takes it
    tcr_operation           text,
    tcr_attempts            int         not null default 0,
    tcr_next_attempt_at     timestamptz,
    tcr_last_error          text,
    reconciled_at           timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create index campaign_org_created on campaign (organization_id, created_at desc);
create index campaign_brand on campaign (brand_id);
create index campaign_tcr_due on campaign (tcr_next_attempt_at) where tcr_operation is not null;
create index campaign_pending on campaign (updated_at) where status = 'PENDING' and tcr_campaign_id is not null;

-- Each carrier's (MNO's) review of a campaign.
create table carrier_status (
    campaign_id uuid        not null references campaign (id) on delete cascade,
    carrier     text        not null,
    status      text        not null,
    reason      text,
    -- TCR's time of the event that set this status (null: set by us at submission, before any event);
    -- an event older than this one is stale and never moves the carrier back
    event_at    timestamptz,
    updated_at  timestamptz not null,
    primary key (campaign_id, carrier)
);

-- Every TCR campaign webhook as received (raw body), once per eventId: the campaign's timeline and an audit trail.
create table tcr_event (
    event_id        text primary key,
    event_type      text        not null,
    tcr_campaign_id text,
    campaign_id     uuid,
    organization_id uuid,
    mno_id          text,
    description     text,
    occurred_at     timestamptz,
    payload         text        not null,
    -- false while the campaign it names is not known here yet (the webhook beat TCR's answer to our POST)
    applied         boolean     not null default false,
    received_at     timestamptz not null default now()
);
create index tcr_event_campaign on tcr_event (campaign_id, occurred_at);
create index tcr_event_unapplied on tcr_event (tcr_campaign_id) where not applied;
