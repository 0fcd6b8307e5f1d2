-- Contacts' and leaders' phone numbers are personal data like members' (PIPL): AES-GCM / SM4-GCM ciphertext.
-- V81 (a Java migration, since the key lives in Java) seals the existing numbers, V82 drops the plain column.
alter table unit_person add column phone_enc bytea;

-- Registering a member with an ID number that is registered outside one's subtree tells that it exists somewhere:
-- each such attempt is kept here, per account, so that every app node counts them against one limit.
create table id_number_probe (
    id         bigint generated always as identity primary key,
    account_id bigint      not null,
    probed_at  timestamptz not null
);
create index id_number_probe_account_idx on id_number_probe (account_id, probed_at);
