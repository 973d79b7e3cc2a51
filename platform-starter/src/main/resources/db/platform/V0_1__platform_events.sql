-- Transactional outbox: events are written here in the business transaction and relayed to Kafka.
create table outbox_event (
    position     bigint generated always as identity primary key,
    event_id     uuid        not null,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    payload      bytea       not null,
    trace_parent text,
    created_at   timestamptz not null default now()
);

-- Idempotent consumers: one row per (consumer, event) processed, written in the consumer's transaction.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
