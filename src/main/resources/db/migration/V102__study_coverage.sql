-- Reading coverage over a subtree (issue 11): counters per material, unit and week, so that a national roll-up per
-- province sums a few thousand counter rows instead of counting 500,000 readers; and the links by which a unit
-- counts its coverage toward a plan item that sets a target in %.

-- Only active members (正常) count; the org module's MemberStatusChanged keeps this in step.
alter table material_reader add column active boolean not null default true;

-- started: readers of the unit (its own members) who started in the week; finished: who finished in the week.
-- Summed over the weeks they give the unit's totals; summed up to a week, the cumulative trend.
-- unit_path is the unit's, rewritten when units move (as material_reader's).
create table reading_coverage_count (
    material_id bigint       not null references study_material (id) on delete cascade,
    unit_id     bigint       not null references unit (id),
    week        date         not null,
    unit_path   varchar(600) collate "C" not null,
    started     int          not null default 0,
    finished    int          not null default 0,
    primary key (material_id, unit_id, week)
);
create index reading_coverage_count_scope_idx on reading_coverage_count (material_id, unit_path)
    include (unit_id, week, started, finished);

-- The same per unit, all weeks together: the totals of a national view sum ~5,000 of these, not ~50,000 weekly rows.
create table reading_unit_count (
    material_id bigint       not null references study_material (id) on delete cascade,
    unit_id     bigint       not null references unit (id),
    unit_path   varchar(600) collate "C" not null,
    started     int          not null default 0,
    finished    int          not null default 0,
    primary key (material_id, unit_id)
);
create index reading_unit_count_scope_idx on reading_unit_count (material_id, unit_path)
    include (unit_id, started, finished);

-- Adds (delta 1) or withdraws (delta -1) one reader's counts. Withdrawing only updates rows that exist, so a
-- material deleted with its readers (on delete cascade, in any order) never inserts a counter for it.
create function reading_coverage_add(r material_reader, delta int) returns void language plpgsql as $$
begin
    if not r.active then
        return;
    end if;
    if delta > 0 then
        insert into reading_unit_count as u (material_id, unit_id, unit_path, started, finished)
        values (r.material_id, r.unit_id, r.unit_path, 1, case when r.finished_on is null then 0 else 1 end)
        on conflict (material_id, unit_id)
            do update set started = u.started + 1, finished = u.finished + excluded.finished,
                          unit_path = excluded.unit_path;
        insert into reading_coverage_count as c (material_id, unit_id, week, unit_path, started, finished)
        values (r.material_id, r.unit_id, date_trunc('week', r.started_on)::date, r.unit_path, 1, 0)
        on conflict (material_id, unit_id, week)
            do update set started = c.started + 1, unit_path = excluded.unit_path;
        if r.finished_on is not null then
            insert into reading_coverage_count as c (material_id, unit_id, week, unit_path, started, finished)
            values (r.material_id, r.unit_id, date_trunc('week', r.finished_on)::date, r.unit_path, 0, 1)
            on conflict (material_id, unit_id, week)
                do update set finished = c.finished + 1, unit_path = excluded.unit_path;
        end if;
    else
        update reading_unit_count
           set started = started - 1, finished = finished - case when r.finished_on is null then 0 else 1 end
         where material_id = r.material_id and unit_id = r.unit_id;
        update reading_coverage_count set started = started - 1
         where material_id = r.material_id and unit_id = r.unit_id
           and week = date_trunc('week', r.started_on)::date;
        if r.finished_on is not null then
            update reading_coverage_count set finished = finished - 1
             where material_id = r.material_id and unit_id = r.unit_id
               and week = date_trunc('week', r.finished_on)::date;
        end if;
    end if;
end $$;

create function material_reader_counted() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform reading_coverage_add(old, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform reading_coverage_add(new, 1);
    end if;
    return null;
end $$;

create trigger material_reader_counted after insert or delete on material_reader
    for each row execute function material_reader_counted();
-- A progress write that only advances sections_read / last_section fires nothing (the hot path stays cheap).
create trigger material_reader_recounted after update of unit_id, started_on, finished_on, active on material_reader
    for each row
    when (old.unit_id is distinct from new.unit_id or old.started_on is distinct from new.started_on
          or old.finished_on is distinct from new.finished_on or old.active is distinct from new.active)
    execute function material_reader_counted();

insert into reading_coverage_count (material_id, unit_id, week, unit_path, started, finished)
select material_id, unit_id, week, min(unit_path), sum(started), sum(finished)
  from (select material_id, unit_id, unit_path, date_trunc('week', started_on)::date as week, 1 as started,
               0 as finished
          from material_reader
        union all
        select material_id, unit_id, unit_path, date_trunc('week', finished_on)::date, 0, 1
          from material_reader where finished_on is not null) r
 group by material_id, unit_id, week;

insert into reading_unit_count (material_id, unit_id, unit_path, started, finished)
select material_id, unit_id, min(unit_path), count(*), count(finished_on)
  from material_reader group by material_id, unit_id;

-- 计入落实: a unit counts the finished share of its subtree for one material toward one plan item (target in %).
-- The link's id is the record id of the count; one material per item per unit.
create table reading_coverage_link (
    id              bigint generated by default as identity primary key,
    unit_id         bigint       not null references unit (id),
    unit_path       varchar(600) collate "C" not null,
    material_id     bigint       not null references study_material (id),
    plan_id         bigint       not null,
    item_id         bigint       not null,
    counted_percent int,
    counted_at      timestamptz,
    created_by      bigint       references account (id),
    created_at      timestamptz  not null,
    constraint reading_coverage_link_uk unique (unit_id, item_id)
);
create index reading_coverage_link_scope_idx on reading_coverage_link (unit_path, id);
