create table account (
    id              uuid primary key,
    organization_id uuid        not null,
    email           text        not null,
    password_hash   text        not null,
    name            text        not null,
    roles           text[]      not null,
    created_at      timestamptz not null default now()
);
create unique index account_email on account (lower(email));

create table refresh_token (
    token_hash  text primary key,
    family_id   uuid        not null,
    account_id  uuid        not null references account (id),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index refresh_token_family on refresh_token (family_id);

create table api_key (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null,
    prefix          text        not null,
    key_hash        text        not null unique,
    scopes          text[]      not null,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create index api_key_org on api_key (organization_id);

-- Token signing keys. The newest active key signs; every unretired key stays in the JWKS so tokens
-- signed before a rotation stay valid until they expire.
create table signing_key (
    kid         text primary key,
    private_der bytea       not null,
    public_der  bytea       not null,
    created_at  timestamptz not null default now(),
    retired_at  timestamptz
);
