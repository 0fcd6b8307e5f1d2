-- rankingFacts: per unit of the subtree of :prefix, for the period [:from, :until):
-- submitted            its submissions first submitted in the period (报送数);
-- adopted_submissions  those of them adopted at least once by a live decision, whenever (for 采用率);
-- adopted_<level>      live adoptions (ADOPTED, ADOPTED_RECOMMENDED) decided in the period, by the deciding level;
-- recommended          live recommendations (RECOMMENDED, ADOPTED_RECOMMENDED) decided in the period;
-- points               what those decisions are worth today, from publicity_points (积分, computed at query time).
-- Decisions are read alone (they carry the submitting unit and its path), first grouped by unit, level and kind of
-- decision, so publicity_points is joined to a handful of rows per unit, not to every decision.
with adoption as (
    -- an adoption cannot precede its submission, so one decided before :from never adopts a submission of the period
    select distinct d.submission_id
      from publicity_decision d
     where d.submitter_unit_path like :prefix || '%'
       and d.withdrawn_at is null
       and d.decided_at >= :from
       and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED')
), submitted as (
    select s.unit_id, min(s.unit_path) as unit_path, count(*) as submitted,
           count(a.submission_id) as adopted_submissions
      from publicity_submission s
      left join adoption a on a.submission_id = s.id
     where s.unit_path like :prefix || '%'
       and s.first_submitted_at >= :from
       and s.first_submitted_at < :until
     group by s.unit_id
), decided_kinds as (
    select d.submitter_unit_id as unit_id, min(d.submitter_unit_path) as unit_path, d.level,
           d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED') as adoption,
           d.decision in ('RECOMMENDED', 'ADOPTED_RECOMMENDED') as recommendation,
           count(*) as decisions
      from publicity_decision d
     where d.submitter_unit_path like :prefix || '%'
       and d.withdrawn_at is null
       and d.decided_at >= :from
       and d.decided_at < :until
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
     group by d.submitter_unit_id, d.level, d.decision
), decided as (
    select k.unit_id, min(k.unit_path) as unit_path,
           coalesce(sum(k.decisions) filter (where k.adoption and k.level = 'NATIONAL'), 0)   as adopted_national,
           coalesce(sum(k.decisions) filter (where k.adoption and k.level = 'PROVINCIAL'), 0) as adopted_provincial,
           coalesce(sum(k.decisions) filter (where k.adoption and k.level = 'PREFECTURE'), 0) as adopted_prefecture,
           coalesce(sum(k.decisions) filter (where k.adoption and k.level = 'COUNTY'), 0)     as adopted_county,
           coalesce(sum(k.decisions) filter (where k.adoption), 0)                            as adopted,
           coalesce(sum(k.decisions) filter (where k.recommendation), 0)                      as recommended,
           sum(k.decisions * (case when k.adoption then coalesce(p.adopted, 0) else 0 end
                              + case when k.recommendation then coalesce(p.recommended, 0) else 0 end)) as points
      from decided_kinds k
      left join publicity_points p on p.level = k.level
     group by k.unit_id
), per_unit as (
    select coalesce(s.unit_id, d.unit_id)          as unit_id,
           coalesce(s.unit_path, d.unit_path)      as unit_path,
           coalesce(s.submitted, 0)                as submitted,
           coalesce(s.adopted_submissions, 0)      as adopted_submissions,
           coalesce(d.adopted_national, 0)         as adopted_national,
           coalesce(d.adopted_provincial, 0)       as adopted_provincial,
           coalesce(d.adopted_prefecture, 0)       as adopted_prefecture,
           coalesce(d.adopted_county, 0)           as adopted_county,
           coalesce(d.adopted, 0)                  as adopted,
           coalesce(d.recommended, 0)              as recommended,
           coalesce(d.points, 0)                   as points
      from submitted s
      full join decided d on d.unit_id = s.unit_id
)
