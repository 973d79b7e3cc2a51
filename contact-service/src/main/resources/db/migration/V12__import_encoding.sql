-- The character encoding an upload is read in: UTF-8, or Windows-1252 for a file that is not valid UTF-8 (Excel's
-- plain "CSV (Comma delimited)" on a US Windows machine). A byte-order mark in the file wins.
alter table contact_import add column encoding text not null default 'UTF-8';
