-- Contacts of an organization: one row per phone number (E.164) per organization.
create table contact (
    id              uuid primary key,
    organization_id uuid        not null,
    phone           text        not null,
    first_name      text,
    last_name       text,
    email           text,
    time_zone       text,
    custom_fields   jsonb       not null default '{}'::jsonb,
    tags            text[]      not null default '{}',
    -- consent as the contact service knows it (the ledger in compliance-service is the evidence):
    -- NONE | OPTED_IN | OPTED_OUT
    consent_status  text        not null default 'NONE',
    consent_source  text,
    consent_at      timestamptz,
    import_id       uuid,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index contact_org_phone on contact (organization_id, phone);
create index contact_org_created on contact (organization_id, created_at desc, id);

-- Typed custom fields, defined per organization (TEXT, NUMBER, DATE, BOOLEAN).
create table custom_field (
    organization_id uuid        not null,
    key             text        not null,
    label           text        not null,
    type            text        not null,
    created_at      timestamptz not null default now(),
    primary key (organization_id, key)
);

-- Static lists.
create table contact_list (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null,
    created_at      timestamptz not null default now()
);
create unique index contact_list_org_name on contact_list (organization_id, lower(name));

create table list_member (
    list_id    uuid        not null references contact_list (id) on delete cascade,
    contact_id uuid        not null references contact (id) on delete cascade,
    added_at   timestamptz not null default now(),
    primary key (list_id, contact_id)
);
create index list_member_contact on list_member (contact_id);

-- CSV imports: the job, its progress, and every rejected row with its reason.
create table contact_import (
    id               uuid primary key,
    organization_id  uuid        not null,
    file_name        text        not null,
    status           text        not null, -- UPLOADED | RUNNING | COMPLETED | FAILED
    list_id          uuid,
    consent_source   text,
    attestation      text,
    mapping          jsonb       not null default '{}'::jsonb,
    rows_total       bigint      not null default 0,
    rows_imported    bigint      not null default 0,
    rows_rejected    bigint      not null default 0,
    bytes_total      bigint      not null default 0,
    bytes_read       bigint      not null default 0,
    error            text,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz
);
create index contact_import_org on contact_import (organization_id, created_at desc);

create table import_rejection (
    import_id  uuid   not null references contact_import (id) on delete cascade,
    row_number bigint not null,
    reason     text   not null,
    raw        text   not null,
    primary key (import_id, row_number)
);
