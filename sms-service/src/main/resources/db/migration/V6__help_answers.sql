-- HELP is answered at most once per sender and number in sms.keywords.help-interval: the lookup of the sender's
-- recent HELP texts to that number.
create index inbound_message_recent_help on inbound_message (to_number, from_number, received_at desc)
    where intent = 'HELP';
