-- A 10DLC brand: what the organization submitted (TCR's fields) and what TCR made of it.
create table brand (
    id                   uuid primary key,
    organization_id      uuid        not null,
    entity_type          text        not null,
    display_name         text        not null,
    company_name         text,
    ein                  text,
    ein_issuing_country  text,
    phone                text,
    email                text,
    street               text,
    city                 text,
    state                text,
    postal_code          text,
    country              text,
    website              text,
    vertical             text,
    stock_symbol         text,
    stock_exchange       text,
    alt_business_id      text,
    alt_business_id_type text,
    first_name           text,
    last_name            text,
    mobile_phone         text,
    brand_relationship   text        not null,
    tcr_brand_id         text unique,
    -- TCR's identity verification; observed_at is the TCR time of the change applied last (forward-only)
    identity_status      text,
    identity_observed_at timestamptz,
    vetting_id           text,
    vetting_status       text,
    vetting_score        integer,
    vetting_observed_at  timestamptz,
    throughput_tier      text        not null,
    -- the platform's view: PENDING, APPROVED, REJECTED, SUSPENDED, DELETED
    status               text        not null,
    status_reason        text,
    status_changed_at    timestamptz not null,
    -- TCR's refusal of a submission the sync job made on the organization's behalf
    sync_error           text,
    submitted_at         timestamptz,
    polled_at            timestamptz,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    deleted_at           timestamptz
);
create index brand_by_organization on brand (organization_id, created_at);
create index brand_pending on brand (status_changed_at) where status = 'PENDING';

-- Calls to TCR still owed: written in the transaction that makes the change, removed when TCR took it.
create table tcr_submission (
    brand_id        uuid        not null references brand (id) on delete cascade,
    operation       text        not null, -- REGISTER, UPDATE, REVET, VETTING, DELETE
    requested_at    timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    primary key (brand_id, operation)
);
create index tcr_submission_due on tcr_submission (next_attempt_at);

-- Every TCR webhook as received (signature verified), once per event id: the brand's timeline and our evidence.
create table tcr_webhook_event (
    event_id        text primary key,
    event_type      text        not null,
    tcr_brand_id    text,
    brand_id        uuid,
    organization_id uuid,
    occurred_at     timestamptz,
    payload         jsonb       not null,
    -- APPLIED, STALE (older than what the brand already shows), UNMATCHED (brand unknown yet), IGNORED
    outcome         text        not null,
    received_at     timestamptz not null default now()
);
create index tcr_webhook_event_by_brand on tcr_webhook_event (brand_id, occurred_at);
create index tcr_webhook_event_unmatched on tcr_webhook_event (tcr_brand_id) where brand_id is null;

-- campaign-service's campaigns, as far as deleting a brand needs them (from registry.campaigns).
create table campaign (
    id              uuid primary key,
    organization_id uuid        not null,
    brand_id        uuid        not null,
    tcr_campaign_id text,
    status          text        not null,
    changed_at      timestamptz not null
);
create index campaign_by_brand on campaign (brand_id);
