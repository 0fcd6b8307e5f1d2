-- Members per unit and status, so the member list's total over a subtree is a sum over the subtree's units
-- (a few hundred rows for a province) instead of an exact count of its members (83,000 for a province,
-- 2,000,000 nationally). Kept by statement-level triggers on member: one grouped upsert per statement, so a
-- multi-row import costs one aggregate, not one per row. Unit moves change paths, not unit_id: nothing to do.
create table unit_member_count (
    unit_id bigint      not null references unit (id) on delete cascade,
    status  varchar(16) not null,
    members bigint      not null,
    primary key (unit_id, status)
);

-- Each function upserts in key order, so two statements touching the same units lock them in the same order.
create function member_counted_insert() returns trigger language plpgsql as $$
begin
    insert into unit_member_count as c (unit_id, status, members)
    select unit_id, status, count(*) from inserted group by unit_id, status order by unit_id, status
    on conflict (unit_id, status) do update set members = c.members + excluded.members;
    return null;
end $$;

create function member_counted_delete() returns trigger language plpgsql as $$
begin
    insert into unit_member_count as c (unit_id, status, members)
    select unit_id, status, -count(*) from deleted group by unit_id, status order by unit_id, status
    on conflict (unit_id, status) do update set members = c.members + excluded.members;
    return null;
end $$;

-- An update that leaves unit and status alone (an edit, a unit move rewriting unit_path) nets to nothing and
-- writes nothing.
create function member_counted_update() returns trigger language plpgsql as $$
begin
    insert into unit_member_count as c (unit_id, status, members)
    select unit_id, status, sum(delta)
    from (select unit_id, status, 1 as delta from inserted
          union all
          select unit_id, status, -1 from deleted) changes
    group by unit_id, status
    having sum(delta) <> 0
    order by unit_id, status
    on conflict (unit_id, status) do update set members = c.members + excluded.members;
    return null;
end $$;

create function member_counted_truncate() returns trigger language plpgsql as $$
begin
    delete from unit_member_count;
    return null;
end $$;

create trigger member_counted_insert after insert on member
    referencing new table as inserted for each statement execute function member_counted_insert();
create trigger member_counted_delete after delete on member
    referencing old table as deleted for each statement execute function member_counted_delete();
create trigger member_counted_update after update on member
    referencing old table as deleted new table as inserted for each statement execute function member_counted_update();
create trigger member_counted_truncate after truncate on member
    for each statement execute function member_counted_truncate();

insert into unit_member_count (unit_id, status, members)
select unit_id, status, count(*) from member group by unit_id, status;
