-- Organizations get settings; profiles become their own table (memberships pointed at copies of email and name);
-- teams and invitations arrive.
alter table organization add column settings jsonb not null default '{}'::jsonb;
alter table organization add column updated_at timestamptz not null default now();

create table user_profile (
    user_id        uuid primary key,
    email          text        not null,
    name           text        not null,
    time_zone      text,
    email_verified boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index user_profile_by_email on user_profile (lower(email));

insert into user_profile (user_id, email, name, created_at)
select distinct on (user_id) user_id, email, name, created_at from membership order by user_id, created_at;

alter table membership drop column email;
alter table membership drop column name;
alter table membership add column updated_at timestamptz not null default now();
alter table membership add constraint membership_user foreign key (user_id) references user_profile (user_id);
alter table membership add constraint membership_role
    check (role in ('OWNER', 'ADMIN', 'MANAGER', 'AGENT', 'VIEWER'));
create index membership_by_user on membership (user_id);

create table team (
    id              uuid primary key,
    organization_id uuid        not null references organization (id),
    name            text        not null,
    description     text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (id, organization_id)
);
create unique index team_name_per_organization on team (organization_id, lower(name));

-- a team member is a member of the team's organization; leaving the organization leaves its teams
create table team_member (
    team_id         uuid        not null,
    organization_id uuid        not null,
    user_id         uuid        not null,
    added_at        timestamptz not null default now(),
    primary key (team_id, user_id),
    foreign key (team_id, organization_id) references team (id, organization_id) on delete cascade,
    foreign key (organization_id, user_id) references membership (organization_id, user_id) on delete cascade
);

create table invitation (
    id              uuid primary key,
    organization_id uuid        not null references organization (id),
    email           text        not null,
    role            text        not null check (role in ('OWNER', 'ADMIN', 'MANAGER', 'AGENT', 'VIEWER')),
    -- SHA-256 of the token in the mailed link; the token itself is never stored
    token_hash      text        not null unique,
    invited_by      uuid        not null,
    status          text        not null default 'PENDING'
        check (status in ('PENDING', 'ACCEPTED', 'REVOKED', 'REPLACED')),
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    accepted_by     uuid,
    revoked_at      timestamptz
);
-- one live invitation per address and organization: a new one replaces the old
create unique index invitation_pending_per_email on invitation (organization_id, email) where status = 'PENDING';
