-- When a message still short of a final status was last checked against Twilio (lost or late callbacks).
alter table message add column reconciled_at timestamptz;
create index message_unfinished on message (updated_at) where status_rank between 2 and 4;
