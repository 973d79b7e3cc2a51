-- Issue 3: accounts belong to many organizations, prove their email, may use a second factor and reset passwords.

-- Auth's projection of memberships: the role a token carries in each organization. Auth writes it itself at
-- sign-up and invitation acceptance; user-service's membership.* events keep it current. changed_at orders
-- those writes, so an old event never overwrites a newer state.
create table membership (
    account_id      uuid        not null references account (id),
    organization_id uuid        not null,
    role            text        not null,
    changed_at      timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    primary key (account_id, organization_id)
);
create index membership_organization on membership (organization_id);

insert into membership (account_id, organization_id, role, created_at)
select id, organization_id, coalesce(roles[1], 'VIEWER'), created_at from account;

-- The organization the next login opens: the last one the user signed into.
alter table account rename column organization_id to last_organization_id;
alter table account alter column last_organization_id drop not null;
alter table account drop column roles;
alter table account add column email_verified_at timestamptz;
-- accounts from before verification existed were made by operators (the demo owner): trusted as verified
update account set email_verified_at = created_at;

-- A refresh token signs its holder back into the organization it was issued for.
alter table refresh_token add column organization_id uuid;
create index refresh_token_account on refresh_token (account_id);

-- TOTP: the shared secret, encrypted; pending_secret until the first code confirms the enrolment.
create table mfa_enrollment (
    account_id     uuid primary key references account (id),
    secret         text,
    pending_secret text,
    enabled_at     timestamptz
);

-- Single-use recovery codes, stored as SHA-256 (they are random, 80 bits).
create table mfa_recovery_code (
    account_id uuid        not null references account (id),
    code_hash  text        not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- Single-use password reset tokens, stored as SHA-256.
create table password_reset (
    token_hash text primary key,
    account_id uuid        not null references account (id),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index password_reset_account on password_reset (account_id);

-- Keys are published before they sign (active_from in the future) so every verifier's cached JWKS knows them;
-- a retired key loses its private half.
alter table signing_key add column active_from timestamptz;
update signing_key set active_from = created_at;
alter table signing_key alter column active_from set not null;
alter table signing_key alter column active_from set default now();
alter table signing_key alter column private_der drop not null;

-- Keys the service generates for itself when the operator configured none (development only).
create table local_secret (
    name       text primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);
