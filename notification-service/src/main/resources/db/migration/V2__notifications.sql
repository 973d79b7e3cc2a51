-- Who the members of an organization are and with which role, from user-service's membership.* events (and
-- auth's address changes through user.updated): the OWNERs and ADMINs get the mails about registrations.
-- A removed member stays as a row with removed = true, so a late, older event cannot bring them back; role and
-- membership follow changed_at, the address follows email_changed_at (the two come from different topics).
create table org_member (
    organization_id  uuid        not null,
    user_id          uuid        not null,
    email            text        not null,
    role             text        not null,
    removed          boolean     not null default false,
    changed_at       timestamptz not null,
    email_changed_at timestamptz not null,
    primary key (organization_id, user_id)
);

create index org_member_user on org_member (user_id);

-- The brands' display names (registry.brands), so a campaign's notification can name its brand.
create table brand_name (
    brand_id        uuid primary key,
    organization_id uuid        not null,
    display_name    text        not null,
    changed_at      timestamptz not null
);

-- In-app notifications of an organization. One per event (event_id), and one per fact: the same change of the
-- same brand or campaign (kind, subject, created_at = the change's time) published twice shows once.
create table notification (
    id              uuid primary key,
    organization_id uuid        not null,
    event_id        uuid        not null unique,
    kind            text        not null,
    subject_id      uuid        not null,
    title           text        not null,
    body            text        not null,
    link            text        not null,
    created_at      timestamptz not null,
    unique (organization_id, kind, subject_id, created_at)
);

create index notification_newest on notification (organization_id, created_at desc, id desc);

-- Read state per user: a row means this user has read that notification.
create table notification_read (
    notification_id uuid        not null references notification (id) on delete cascade,
    user_id         uuid        not null,
    read_at         timestamptz not null default now(),
    primary key (notification_id, user_id)
);

create index notification_read_user on notification_read (user_id);

-- The brand and campaign changes mailed to the organization's owners and admins, one row per change: the same
-- change published twice (under two event ids) is mailed once, and a change older than one already mailed (a
-- dead letter replayed late) is not mailed at all.
create table mailed_change (
    organization_id uuid        not null,
    subject_id      uuid        not null,
    changed_at      timestamptz not null,
    kind            text        not null,
    event_id        uuid        not null,
    mailed_at       timestamptz not null default now(),
    primary key (organization_id, subject_id, changed_at, kind)
);
