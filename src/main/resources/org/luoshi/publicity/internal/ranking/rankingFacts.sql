-- rankingFacts: per unit of the subtree of :prefix, for the period [:start, :until):
-- submitted            its submissions first submitted in the period (报送数);
-- adopted_submissions  those of them adopted now at some level by a decision not withdrawn (for 采用率);
-- adopted_<level>      live adoptions (ADOPTED, ADOPTED_RECOMMENDED) decided in the period, by the deciding level;
-- recommended          live recommendations (RECOMMENDED, ADOPTED_RECOMMENDED) decided in the period;
-- points               what those decisions are worth today, from publicity_points (积分, computed when read).
-- The period comes in parts (RankingPeriod.Parts): whole UTC months from publicity_ranking_month, whole UTC days
-- before and after them from publicity_ranking_day (both V110, kept by triggers, one row per unit with a column per
-- level), and the hours of the first and last day that are no whole UTC day from the submissions and decisions by
-- date. The sums are kept per unit id: the subtree's units are found in unit by path.
with scope as (
    select u.id from unit u where u.path like :prefix || '%'
), sums as (
    select m.unit_id, m.submitted, m.adopted_submissions, m.adopted_national, m.adopted_provincial,
           m.adopted_prefecture, m.adopted_county, m.adopted_branch, m.adopted_committee, m.adopted_other,
           m.recommended_national, m.recommended_provincial, m.recommended_prefecture, m.recommended_county,
           m.recommended_branch, m.recommended_committee, m.recommended_other
      from publicity_ranking_month m
     where m.month >= cast(:firstMonth as date) and m.month < cast(:endMonth as date)
       and m.unit_id in (select id from scope)
    union all
    select d.unit_id, d.submitted, d.adopted_submissions, d.adopted_national, d.adopted_provincial,
           d.adopted_prefecture, d.adopted_county, d.adopted_branch, d.adopted_committee, d.adopted_other,
           d.recommended_national, d.recommended_provincial, d.recommended_prefecture, d.recommended_county,
           d.recommended_branch, d.recommended_committee, d.recommended_other
      from publicity_ranking_day d
     where (d.day >= cast(:firstDay as date) and d.day < cast(:firstMonth as date)
            or d.day >= cast(:endMonth as date) and d.day < cast(:endDay as date))
       and d.unit_id in (select id from scope)
    union all
    select s.unit_id, 1, (s.live_adoptions > 0)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      from publicity_submission s
     where (s.first_submitted_at >= :start and s.first_submitted_at < :dayStart
            or s.first_submitted_at >= :dayEnd and s.first_submitted_at < :until)
       and s.unit_path like :prefix || '%'
    union all
    select d.submitter_unit_id, 0, 0,
           (a and d.level = 'NATIONAL')::int, (a and d.level = 'PROVINCIAL')::int,
           (a and d.level = 'PREFECTURE')::int, (a and d.level = 'COUNTY')::int, (a and d.level = 'BRANCH')::int,
           (a and d.level = 'COMMITTEE')::int, (a and o)::int,
           (r and d.level = 'NATIONAL')::int, (r and d.level = 'PROVINCIAL')::int,
           (r and d.level = 'PREFECTURE')::int, (r and d.level = 'COUNTY')::int, (r and d.level = 'BRANCH')::int,
           (r and d.level = 'COMMITTEE')::int, (r and o)::int
      from publicity_decision d,
           lateral (select d.decision <> 'RECOMMENDED' as a, d.decision <> 'ADOPTED' as r,
                           d.level not in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY', 'BRANCH', 'COMMITTEE')
                               as o) k
     where (d.decided_at >= :start and d.decided_at < :dayStart
            or d.decided_at >= :dayEnd and d.decided_at < :until)
       and d.withdrawn_at is null
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
       and d.submitter_unit_path like :prefix || '%'
), per_level as (
    select s.unit_id,
           sum(s.submitted) as submitted, sum(s.adopted_submissions) as adopted_submissions,
           sum(s.adopted_national) as an, sum(s.adopted_provincial) as ap, sum(s.adopted_prefecture) as af,
           sum(s.adopted_county) as ac, sum(s.adopted_branch) as ab, sum(s.adopted_committee) as am,
           sum(s.adopted_other) as ao,
           sum(s.recommended_national) as rn, sum(s.recommended_provincial) as rp, sum(s.recommended_prefecture) as rf,
           sum(s.recommended_county) as rc, sum(s.recommended_branch) as rb, sum(s.recommended_committee) as rm,
           sum(s.recommended_other) as ro
      from sums s
     group by s.unit_id
), points as (
    select coalesce(max(p.adopted) filter (where p.level = 'NATIONAL'), 0) as an,
           coalesce(max(p.adopted) filter (where p.level = 'PROVINCIAL'), 0) as ap,
           coalesce(max(p.adopted) filter (where p.level = 'PREFECTURE'), 0) as af,
           coalesce(max(p.adopted) filter (where p.level = 'COUNTY'), 0) as ac,
           coalesce(max(p.adopted) filter (where p.level = 'BRANCH'), 0) as ab,
           coalesce(max(p.adopted) filter (where p.level = 'COMMITTEE'), 0) as am,
           coalesce(max(p.recommended) filter (where p.level = 'NATIONAL'), 0) as rn,
           coalesce(max(p.recommended) filter (where p.level = 'PROVINCIAL'), 0) as rp,
           coalesce(max(p.recommended) filter (where p.level = 'PREFECTURE'), 0) as rf,
           coalesce(max(p.recommended) filter (where p.level = 'COUNTY'), 0) as rc,
           coalesce(max(p.recommended) filter (where p.level = 'BRANCH'), 0) as rb,
           coalesce(max(p.recommended) filter (where p.level = 'COMMITTEE'), 0) as rm
      from publicity_points p
), per_unit as (
    select l.unit_id, u.path as unit_path, l.submitted, l.adopted_submissions,
           l.an as adopted_national, l.ap as adopted_provincial, l.af as adopted_prefecture, l.ac as adopted_county,
           l.an + l.ap + l.af + l.ac + l.ab + l.am + l.ao as adopted,
           l.rn + l.rp + l.rf + l.rc + l.rb + l.rm + l.ro as recommended,
           -- a unit type outside the six levels has no points (publicity_points holds the six)
           l.an * p.an + l.ap * p.ap + l.af * p.af + l.ac * p.ac + l.ab * p.ab + l.am * p.am
               + l.rn * p.rn + l.rp * p.rp + l.rf * p.rf + l.rc * p.rc + l.rb * p.rb + l.rm * p.rm as points
      from per_level l
      join unit u on u.id = l.unit_id
     cross join points p
    -- a day whose adoptions were all withdrawn leaves a row of zeros behind: not a unit that took part
     where l.submitted <> 0 or l.an + l.ap + l.af + l.ac + l.ab + l.am + l.ao <> 0
        or l.rn + l.rp + l.rf + l.rc + l.rb + l.rm + l.ro <> 0
)
