create table phone_number (
    id              uuid primary key,
    organization_id uuid        not null,
    e164            text        not null unique,
    status          text        not null default 'ACTIVE',
    created_at      timestamptz not null default now()
);
create index phone_number_org on phone_number (organization_id);

create table message (
    id              uuid primary key,
    organization_id uuid        not null,
    from_number     text        not null,
    to_number       text        not null,
    body            text        not null,
    segments        int         not null,
    encoding        text        not null,
    status          text        not null,
    -- lifecycle position: a status update only ever moves a message forward
    status_rank     smallint    not null,
    provider_sid    text unique,
    error_code      int,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index message_org_created on message (organization_id, created_at desc);
