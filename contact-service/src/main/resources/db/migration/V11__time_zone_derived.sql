-- Whether a contact's time zone was derived from its area code (a guess: people keep their numbers when they move)
-- rather than given by the organization. A derived zone never overrides a given one (imports, number changes).
alter table contact add column time_zone_derived boolean not null default false;
