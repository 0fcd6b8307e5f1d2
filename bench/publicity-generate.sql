-- Publicity at national scale (issue 12, bench/publicity-bench.sh): 500,000 submissions with their versions and
-- every level's decisions, and 200,000 published portal articles, on the tree of bench/generate.sh, multiplied in SQL
-- from the pool of texts bench/PublicityBench.java segmented with the app's ChineseText (bench_publicity_text).
--
-- Distribution: submitting units weighted by level (a province 8, a prefecture 4, a county 2, any other unit 1),
-- dates over the last 365 days, more of them recent (the submissions grow over the year). Status: 3 % drafts, 7 %
-- in review (most at the parent, some recommended one or two levels up), 3 % returned (comment at the parent), 87 %
-- closed; of those decided, one in ten was returned once and resubmitted (version 2) first. A closed submission
-- went up 1 level (60 %), 2 (28 %), 3 (9 %) or 4 (3 %) as far as its unit's ancestors allow; every level below the
-- last recommended it (7 in 10 adopting it too), the last adopted it (3 in 4) or did not (with a reason).
-- Articles: 163,500 from adopted submissions, published by the highest unit that adopted them into the column of
-- their kind a day after; 40,000 written by units' editors (study pieces, news, briefings), weighted toward the
-- upper levels; 1 % withdrawn, 0.2 % scheduled for the coming week, 3 pinned per column nationally.
\set ON_ERROR_STOP on
\timing on
select setseed(0.42);

truncate publicity_article, publicity_decision, publicity_submission_version, publicity_submission cascade;
-- tables the row triggers of the parts keep (the ranking's sums per year, month and day) are emptied with them
select format('truncate %I', relname) from pg_class
 where relkind = 'r' and relname in ('publicity_ranking_year', 'publicity_ranking_month', 'publicity_ranking_day')
\gexec
-- the secondary indexes (text search GIN ones above all) are dropped for the load and rebuilt from their own
-- definitions at the end, as bench/generate.sh does for the members
create temp table bench_indexes as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
  from pg_index i join pg_class t on t.oid = i.indrelid
 where t.relname like 'publicity\_%' and not i.indisprimary
   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
select format('drop index %s', name) from bench_indexes \gexec

-- every active unit below the root, with its ancestors nearest first (from its path /root/…/self/)
create temp table bu as
select u.id, u.path, u.type, u.short_name,
       (select array_agg(x::bigint order by o desc) from unnest(string_to_array(trim(both '/' from u.path), '/'))
                with ordinality as t(x, o) where x::bigint <> u.id) as up
  from unit u where u.parent_id is not null and u.status = 'ACTIVE';
create temp table bw as
select row_number() over (order by id, k) - 1 as n, id
  from bu, generate_series(1, case type when 'PROVINCIAL' then 8 when 'PREFECTURE' then 4 when 'COUNTY' then 2
                                        else 1 end) k;
create index on bw (n);
analyze bw;
create temp table bt as select * from bench_publicity_text;
create index on bt (n);

-- the story of each submission
create temp table bs as
with drawn as (
  select g as id, (select count(*) from bw) as w, (select count(*) from bt) as t,
         random() as r_unit, random() as r_text, random() as r_status, random() as r_depth, random() as r_last,
         random() as r_returned, random() as r_day, random() as r_hour
    from generate_series(1, 500000) g)
select d.id, u.id as unit_id, u.path as unit_path, u.short_name, u.up, cardinality(u.up) as ups, bt.n as text_n,
       bt.kind,
       case when d.r_status < 0.03 then 'DRAFT' when d.r_status < 0.10 then 'IN_REVIEW'
            when d.r_status < 0.13 then 'RETURNED' else 'CLOSED' end as status,
       d.r_depth, d.r_last, d.r_returned < 0.10 as revised,
       date_trunc('hour', now() - interval '365 days' * power(d.r_day, 0.8) - interval '3 days')
           + interval '1 hour' * (d.r_hour * 8) as created_at
  from drawn d
  join bw on bw.n = floor(d.r_unit * d.w)::bigint
  join bu u on u.id = bw.id
  join bt on bt.n = floor(d.r_text * d.t)::int;

-- how many levels decided (recommending below the last), what the last did, who has it now
alter table bs add column depth int, add column last_decision varchar(20), add column reviewer bigint;
update bs set
  depth = case status
            when 'DRAFT' then 0
            when 'RETURNED' then 0
            when 'IN_REVIEW' then least(case when r_depth < 0.70 then 0 when r_depth < 0.95 then 1 else 2 end,
                                        ups - 1)
            else least(case when r_depth < 0.60 then 1 when r_depth < 0.88 then 2 when r_depth < 0.97 then 3
                            else 4 end, ups) end,
  last_decision = case when status = 'CLOSED' then case when r_last < 0.75 then 'ADOPTED' else 'NOT_ADOPTED' end end;
-- the highest level that adopted it: the last step if it adopted, else the highest that adopted and recommended
alter table bs add column adopted_unit bigint;
update bs set adopted_unit = up[(select max(step) from generate_series(1, depth) step
                                  where case when step = depth and last_decision is not null
                                             then last_decision = 'ADOPTED' else (id * 31 + step) % 10 < 7 end)]
 where depth > 0;
update bs set reviewer = case status when 'IN_REVIEW' then up[depth + 1] when 'RETURNED' then up[1] end,
              revised = revised and status in ('CLOSED', 'IN_REVIEW');

insert into publicity_submission (id, unit_id, unit_path, kind, status, title, body_html, author, contact,
                                  reviewer_unit_id, reviewer_unit_path, submitted_version, first_submitted_at,
                                  last_submitted_at, adopted_level, search, created_at, updated_at)
overriding system value
select bs.id, bs.unit_id, bs.unit_path, bs.kind, bs.status, bt.title, bt.body_html,
       (array['李明', '王秀英', '张建国', '陈晓燕', '刘志强', '赵丽华', '孙伟', '周敏'])[1 + bs.id % 8],
       '0571-8888 6666', bs.reviewer, r.path,
       case when bs.status = 'DRAFT' then 0 when bs.revised then 2 else 1 end,
       case when bs.status <> 'DRAFT' then bs.created_at + interval '2 hours' end,
       case when bs.status = 'DRAFT' then null when bs.revised then bs.created_at + interval '4 days'
            else bs.created_at + interval '2 hours' end,
       a.type, bt.search, bs.created_at, bs.created_at + interval '1 day' * (bs.depth + 1)
  from bs join bt on bt.n = bs.text_n left join unit r on r.id = bs.reviewer left join unit a on a.id = bs.adopted_unit;
select setval(pg_get_serial_sequence('publicity_submission', 'id'), (select max(id) from publicity_submission));

insert into publicity_submission_version (submission_id, number, kind, title, body_html, author, contact, note,
                                          submitted_at)
select s.id, v, s.kind, s.title, s.body_html, s.author, s.contact,
       case when v = 2 then '已按审核意见修改，补充了时间、地点和成效数据。' end,
       s.created_at + case when v = 2 then interval '4 days' else interval '2 hours' end
  from publicity_submission s, generate_series(1, s.submitted_version) v;

-- the decisions: a return first for the revised ones, then one per level up to depth
insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id, unit_path, level,
                                version_number, decision, comment, decided_at)
select bs.id, bs.unit_id, bs.unit_path, u.id, u.path, u.type, 1, 'RETURNED',
       '请补充活动的时间、地点、参加人数等要素后重新报送。', bs.created_at + interval '2 days'
  from bs join unit u on u.id = bs.up[1]
 where bs.revised or bs.status = 'RETURNED';
insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id, unit_path, level,
                                version_number, decision, comment, decided_at)
select bs.id, bs.unit_id, bs.unit_path, u.id, u.path, u.type, case when bs.revised then 2 else 1 end,
       case when step = bs.depth and bs.last_decision is not null then bs.last_decision
            when (bs.id * 31 + step) % 10 < 7 then 'ADOPTED_RECOMMENDED' else 'RECOMMENDED' end,
       case when step = bs.depth and bs.last_decision = 'NOT_ADOPTED'
            then '同类稿件近期已采用，本稿暂不采用。' end,
       bs.created_at + interval '1 day' * (2 * step + case when bs.revised then 4 else 0 end)
           + interval '1 hour' * ((bs.id + step) % 6)
  from bs cross join lateral generate_series(1, bs.depth) step
  join unit u on u.id = bs.up[step];

-- articles from adopted submissions: the highest adopting unit publishes them a day after
insert into publicity_article (unit_id, unit_path, column_code, submission_id, title, summary, body_html, source,
                               author, publish_at, search, created_at, updated_at)
select d.unit_id, d.unit_path,
       case s.kind when 'NEWS' then 'NEWS' when 'PRACTICE' then 'PRACTICE' when 'CASE' then 'CASES'
                   when 'EXEMPLAR' then 'EXEMPLARS' when 'REFLECTION' then 'STUDY' else 'NEWS' end,
       s.id, s.title, bt.summary, s.body_html, bs.short_name, s.author, d.decided_at + interval '1 day', s.search,
       d.decided_at, d.decided_at
  from (select distinct on (submission_id) submission_id, unit_id, unit_path, decided_at from publicity_decision
         where decision in ('ADOPTED', 'ADOPTED_RECOMMENDED') order by submission_id, decided_at desc) d
  join publicity_submission s on s.id = d.submission_id
  join bs on bs.id = s.id
  join bt on bt.n = bs.text_n
 order by random() limit 163500;

-- articles units' editors wrote themselves: the national body a quarter, provinces and prefectures the rest
create temp table bp as
select row_number() over (order by id) - 1 as n, id, path, short_name from unit
 where status = 'ACTIVE' and (parent_id is null or type in ('PROVINCIAL', 'PREFECTURE'));
insert into bp select -k, id, path, short_name from unit, generate_series(1, 120) k where parent_id is null;
create temp table bd as
select g, now() - interval '365 days' * power(random(), 0.8) as at, random() as r_unit, random() as r_text
  from generate_series(1, 40000) g;
insert into publicity_article (unit_id, unit_path, column_code, title, summary, body_html, source, publish_at,
                               search, created_at, updated_at)
select u.id, u.path, (array['STUDY', 'STUDY', 'NEWS', 'NEWS', 'NEWS', 'PRACTICE', 'BRIEFINGS'])[1 + bd.g % 7],
       bt.title, bt.summary, bt.body_html, u.short_name, bd.at, bt.search, bd.at, bd.at
  from bd
  join bt on bt.n = floor(bd.r_text * (select count(*) from bt))::int
  join bp u on u.n = floor(bd.r_unit * (select count(*) from bp))::bigint - 120;

update publicity_article set withdrawn_at = publish_at + interval '2 days', withdrawn_reason = '内容需要更新，已撤下。'
 where id % 100 = 7;
update publicity_article set publish_at = now() + interval '1 hour' * (id % 160) where id % 500 = 11;
update publicity_article set pinned = true
 where id in (select id from (select id, row_number() over (partition by column_code order by publish_at desc) as k
                                from publicity_article
                               where unit_path = (select path from unit where parent_id is null)
                                 and withdrawn_at is null and publish_at < now()) x where k <= 3);

select def from bench_indexes \gexec
drop table bench_publicity_text;
vacuum analyze publicity_submission, publicity_submission_version, publicity_decision, publicity_article,
               publicity_ranking_year, publicity_ranking_month, publicity_ranking_day;
select status, count(*) from publicity_submission group by status order by status;
select decision, level, count(*) from publicity_decision group by decision, level order by decision, level;
select column_code, count(*) filter (where withdrawn_at is null and publish_at <= now()) as published, count(*)
  from publicity_article group by column_code order by column_code;
