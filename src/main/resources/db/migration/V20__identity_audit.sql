-- Identity and audit: forced password change, TOTP replay guard, lock-out of unknown usernames,
-- the account's unit path for subtree queries, and the actor's unit path on audit events.

-- set when an administrator creates the account or resets its password: the temporary password must be
-- replaced at the next login
alter table account add column must_change_password boolean not null default false;
-- the last TOTP time step accepted, so a code cannot be used twice
alter table account add column totp_last_step bigint;

-- Denormalized path of the account's unit, so every account list is limited to a subtree with
-- unit_path LIKE :scope || '%' on an index of identity's own table. The database keeps it right:
-- on every insert or change of unit_id, and when the org module moves a unit (its path changes),
-- whatever code path does it.
alter table account add column unit_path varchar(600) collate "C";
update account a set unit_path = u.path from unit u where u.id = a.unit_id;
alter table account alter column unit_path set not null;
create index account_unit_path_idx on account (unit_path, username);

create function account_set_unit_path() returns trigger language plpgsql as $$
begin
    new.unit_path := (select path from unit where id = new.unit_id);
    return new;
end $$;

create trigger account_unit_path_tg before insert or update of unit_id on account
    for each row execute function account_set_unit_path();

create function account_follow_unit_path() returns trigger language plpgsql as $$
begin
    update account set unit_path = new.path where unit_id = new.id;
    return null;
end $$;

create trigger unit_path_follow_tg after update of path on unit
    for each row when (old.path is distinct from new.path) execute function account_follow_unit_path();

-- Failed logins for usernames that have no account. Counting them like real accounts means the login page
-- answers "locked" for both, so it never reveals whether a username exists.
create table login_failure (
    username        varchar(100) primary key,
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    last_failed_at  timestamptz  not null
);
create index login_failure_last_idx on login_failure (last_failed_at);

-- the unit the actor acted for, so an administrator also sees what people of their subtree did elsewhere
alter table audit_event add column actor_unit_path varchar(600) collate "C";
create index audit_event_actor_scope_idx on audit_event (actor_unit_path, at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
