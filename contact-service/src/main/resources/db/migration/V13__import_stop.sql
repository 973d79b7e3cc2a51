-- A person asked to stop a running import: the instance running it sees the flag within a progress tick, stops
-- after the chunks already committed and marks the import FAILED (resumable: starting it again continues).
alter table contact_import add column stop_requested boolean not null default false;
