-- Saved segments: a name and a filter in the segment filter language (README), evaluated when read.
create table segment (
    id              uuid primary key,
    organization_id uuid        not null,
    name            text        not null,
    filter          text        not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index segment_org_name on segment (organization_id, lower(name));

-- Keyset paging walks (created_at desc, id desc) within an organization: both columns in the same direction, so
-- "(created_at, id) < (cursor)" is one index range. (V1's index has id ascending, which a row comparison can't use.)
drop index contact_org_created;
create index contact_org_page on contact (organization_id, created_at desc, id desc);

-- Search (?q=) is a prefix search: phone digits, first or last name, email. Each is a btree in the "C" collation,
-- where a prefix is a contiguous key range (>= prefix and < prefix-with-last-character-incremented), so a search
-- reads only the matching entries of one organization, at any table size. No trigram extension needed.
create index contact_org_phone_prefix on contact (organization_id, (phone collate "C"));
create index contact_org_first_name_prefix on contact (organization_id, (lower(first_name) collate "C"));
create index contact_org_last_name_prefix on contact (organization_id, (lower(last_name) collate "C"));
create index contact_org_email_prefix on contact (organization_id, (lower(email) collate "C"));

-- ?tag= and the filter language's tag = "x" (tags @> array[x]).
create index contact_tags on contact using gin (tags);

-- The latest consent event seen for each phone number of an organization, contact or not (events create no contacts):
-- a contact created later starts from it, so a number that texted STOP before it became a contact is OPTED_OUT.
create table consent_state (
    organization_id uuid        not null,
    phone           text        not null,
    status          text        not null, -- OPTED_IN | OPTED_OUT
    source          text,
    occurred_at     timestamptz not null,
    primary key (organization_id, phone)
);
