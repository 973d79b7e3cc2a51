-- CSV imports at scale: what the upload step learnt about the file, the job's heartbeat, and the chunks it
-- committed. Each chunk (contacts, list memberships, rejections, its import_chunk row) commits in one
-- transaction, so after a crash import_chunk says exactly which rows of the file are applied.
alter table contact_import
    add column stored_file      text,
    add column delimiter        text   not null default ',',
    add column header           jsonb  not null default '[]'::jsonb,
    add column rows_duplicate   bigint not null default 0,
    add column contacts_created bigint not null default 0,
    add column phones_sha256    text,
    add column heartbeat_at     timestamptz;

create index contact_import_running on contact_import (heartbeat_at) where status = 'RUNNING';

create table import_chunk (
    import_id        uuid        not null references contact_import (id) on delete cascade,
    writer           int         not null, -- the partition of phone numbers this chunk belongs to
    seq              int         not null,
    first_row        bigint      not null,
    last_row         bigint      not null, -- every row of this writer's partition up to here is applied
    rows_imported    bigint      not null,
    rows_rejected    bigint      not null,
    contacts_created bigint      not null,
    committed_at     timestamptz not null default now(),
    primary key (import_id, writer, seq)
);
