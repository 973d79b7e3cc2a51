-- The latest known status of every message, fed by message.* events; counts by status are a group-by away.
create table message_status (
    message_id      uuid primary key,
    organization_id uuid        not null,
    status          text        not null,
    status_rank     smallint    not null,
    segments        int         not null,
    status_at       timestamptz not null
);
create index message_status_org_status on message_status (organization_id, status);
