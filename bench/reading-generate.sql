-- Reading at national scale (issue 11), on a database made by bench/generate.sh: one national material of 24
-- sections, 500,000 active members who have read it (35 % all of it, the others 1–23 sections, started over the
-- last 10 weeks), about 8,000,000 reading_progress rows, their material_reader rows and V102's coverage counters.
--   psql -h 127.0.0.1 -U postgres -d luoshi_bench -v ON_ERROR_STOP=1 -f bench/reading-generate.sql
\timing on
-- a bench database only: every material and reading row goes
truncate reading_coverage_link, reading_coverage_count, reading_unit_count, material_reader, reading_progress, study_section,
         study_material cascade;  -- and what other modules hang on them (sessions name materials)

insert into study_material (unit_id, unit_path, title, source, status, section_count, char_count, published_at,
                            created_at, updated_at)
select id, path, '基准测试：党的二十大报告', '基准', 'PUBLISHED', 24, 24 * 3000, now() - interval '70 days', now(), now()
  from unit where parent_id is null
returning id as material \gset
insert into study_section (material_id, ordinal, chapter, heading, body, char_count)
select :material, g, '第' || (g + 1) / 2 || '部分', '第' || g || '节', repeat('原原本本学习。', 400), 2800
  from generate_series(1, 24) g;

-- the bulk load skips the per-row triggers and FK checks (session_replication_role); the counters are then
-- written from the reader rows in one statement, as V102's backfill does
set session_replication_role = replica;
-- (the sample is drawn in a subquery: in the same projection as "order by random()" the planner would reuse the
-- sort key for every random() and give all the sampled members the same few values)
create temp table bench_reader as
select member_id, unit_id, unit_path,
       case when random() < 0.35 then 24 else 1 + floor(random() * 23)::int end as k,
       current_date - floor(random() * 70)::int as started_on
  from (select m.id as member_id, m.unit_id, m.unit_path from member m where m.status = 'ACTIVE'
         order by random() limit 500000) picked;

insert into reading_progress (member_id, section_id, material_id, dwell_ms, first_at, last_at, finished_at)
select r.member_id, s.id, :material, 60000 + s.char_count * 20, t, t, t
  from bench_reader r
  join study_section s on s.material_id = :material and s.ordinal <= r.k
  cross join lateral (select r.started_on + (s.ordinal * 2 / 3) * interval '1 day' + interval '20 hours' as t) at_
 order by r.member_id, s.ordinal;

insert into material_reader (material_id, member_id, unit_id, unit_path, sections_read, last_section, started_on,
                             finished_on, active)
select :material, member_id, unit_id, unit_path, k, k, started_on,
       case when k = 24 then least(current_date, started_on + 16) end, true
  from bench_reader order by member_id;
set session_replication_role = origin;

insert into reading_coverage_count (material_id, unit_id, week, unit_path, started, finished)
select material_id, unit_id, week, min(unit_path), sum(started), sum(finished)
  from (select material_id, unit_id, unit_path, date_trunc('week', started_on)::date as week, 1 as started,
               0 as finished
          from material_reader where material_id = :material
        union all
        select material_id, unit_id, unit_path, date_trunc('week', finished_on)::date, 0, 1
          from material_reader where material_id = :material and finished_on is not null) r
 group by material_id, unit_id, week;

insert into reading_unit_count (material_id, unit_id, unit_path, started, finished)
select material_id, unit_id, min(unit_path), count(*), count(finished_on)
  from material_reader where material_id = :material group by material_id, unit_id;

vacuum analyze reading_progress;
vacuum analyze reading_unit_count;
vacuum analyze material_reader;
vacuum analyze reading_coverage_count;
vacuum analyze study_section;
vacuum analyze study_material;
select :material as material_id,
       (select count(*) from material_reader where material_id = :material) as readers,
       (select count(*) from material_reader where material_id = :material and finished_on is not null) as finished,
       (select count(*) from reading_progress where material_id = :material) as progress_rows,
       (select count(*) from reading_coverage_count where material_id = :material) as counter_rows,
       (select sum(started) from reading_coverage_count where material_id = :material) as counted_readers,
       (select count(*) from reading_unit_count where material_id = :material) as unit_counter_rows,
       (select sum(finished) from reading_unit_count where material_id = :material) as counted_finished;
