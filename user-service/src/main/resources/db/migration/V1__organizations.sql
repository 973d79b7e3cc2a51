create table organization (
    id         uuid primary key,
    name       text        not null,
    time_zone  text        not null default 'America/New_York',
    created_at timestamptz not null default now()
);

create table membership (
    organization_id uuid        not null references organization (id),
    user_id         uuid        not null,
    email           text        not null,
    name            text        not null,
    role            text        not null,
    created_at      timestamptz not null default now(),
    primary key (organization_id, user_id)
);
