-- rankingFacts: per unit of the subtree of :prefix, for the period [:start, :until):
-- submitted            its submissions first submitted in the period (报送数);
-- adopted_submissions  those of them adopted now at some level by a decision not withdrawn (for 采用率);
-- adopted_<level>      live adoptions (ADOPTED, ADOPTED_RECOMMENDED) decided in the period, by the deciding level;
-- recommended          live recommendations (RECOMMENDED, ADOPTED_RECOMMENDED) decided in the period;
-- points               what those decisions are worth today, from publicity_points (积分, computed when read).
-- The period comes in parts (RankingPeriod.Parts): its whole UTC days from V110's sums per unit and UTC year, month
-- and day (kept by triggers, one row per unit with a column per level), as the rows SumsCover chose, each times its
-- sign (how often it is added; negative for the days taken away from a year or month); and the hours of its first
-- and last day that are no whole UTC day from the submissions and decisions by date. The sums are kept per unit id:
-- the subtree's units are found in unit by path.
with scope as (
    select u.id from unit u where u.path like :prefix || '%'
), decided as (
    select d.submitter_unit_id, d.level, d.decision
      from publicity_decision d
     where d.decided_at >= :start and d.decided_at < :dayStart
       and d.withdrawn_at is null
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
       and d.submitter_unit_path like :prefix || '%'
    union all
    select d.submitter_unit_id, d.level, d.decision
      from publicity_decision d
     where d.decided_at >= :dayEnd and d.decided_at < :until
       and d.withdrawn_at is null
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
       and d.submitter_unit_path like :prefix || '%'
), sums as (
    select t.unit_id, p.sign * t.submitted as submitted, p.sign * t.adopted_submissions as adopted_submissions,
           p.sign * t.adopted_national as adopted_national, p.sign * t.adopted_provincial as adopted_provincial,
           p.sign * t.adopted_prefecture as adopted_prefecture, p.sign * t.adopted_county as adopted_county,
           p.sign * t.adopted_branch as adopted_branch, p.sign * t.adopted_committee as adopted_committee,
           p.sign * t.adopted_other as adopted_other, p.sign * t.recommended_national as recommended_national,
           p.sign * t.recommended_provincial as recommended_provincial,
           p.sign * t.recommended_prefecture as recommended_prefecture,
           p.sign * t.recommended_county as recommended_county, p.sign * t.recommended_branch as recommended_branch,
           p.sign * t.recommended_committee as recommended_committee,
           p.sign * t.recommended_other as recommended_other
      from publicity_ranking_year t
      join unnest(cast(:years as date[]), cast(:yearSigns as int[])) p (first_day, sign) on p.first_day = t.year
     where t.year = any(cast(:years as date[]))
       and t.unit_id in (select id from scope)
    union all
    select t.unit_id, p.sign * t.submitted, p.sign * t.adopted_submissions, p.sign * t.adopted_national,
           p.sign * t.adopted_provincial, p.sign * t.adopted_prefecture, p.sign * t.adopted_county,
           p.sign * t.adopted_branch, p.sign * t.adopted_committee, p.sign * t.adopted_other,
           p.sign * t.recommended_national, p.sign * t.recommended_provincial, p.sign * t.recommended_prefecture,
           p.sign * t.recommended_county, p.sign * t.recommended_branch, p.sign * t.recommended_committee,
           p.sign * t.recommended_other
      from publicity_ranking_month t
      join unnest(cast(:months as date[]), cast(:monthSigns as int[])) p (first_day, sign) on p.first_day = t.month
     where t.month = any(cast(:months as date[]))
       and t.unit_id in (select id from scope)
    union all
    select t.unit_id, p.sign * t.submitted, p.sign * t.adopted_submissions, p.sign * t.adopted_national,
           p.sign * t.adopted_provincial, p.sign * t.adopted_prefecture, p.sign * t.adopted_county,
           p.sign * t.adopted_branch, p.sign * t.adopted_committee, p.sign * t.adopted_other,
           p.sign * t.recommended_national, p.sign * t.recommended_provincial, p.sign * t.recommended_prefecture,
           p.sign * t.recommended_county, p.sign * t.recommended_branch, p.sign * t.recommended_committee,
           p.sign * t.recommended_other
      from publicity_ranking_day t
      join unnest(cast(:days as date[]), cast(:daySigns as int[])) p (first_day, sign) on p.first_day = t.day
     where t.day = any(cast(:days as date[]))
       and t.unit_id in (select id from scope)
    -- the hours outside whole UTC days, each end on its own so that V106's indexes by date answer them alone
    union all
    select s.unit_id, 1, (s.live_adoptions > 0)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      from publicity_submission s
     where s.first_submitted_at >= :start and s.first_submitted_at < :dayStart
       and s.unit_path like :prefix || '%'
    union all
    select s.unit_id, 1, (s.live_adoptions > 0)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      from publicity_submission s
     where s.first_submitted_at >= :dayEnd and s.first_submitted_at < :until
       and s.unit_path like :prefix || '%'
    union all
    select h.submitter_unit_id, 0, 0, a * n, a * p, a * f, a * c, a * b, a * m, a * o, r * n, r * p, r * f, r * c,
           r * b, r * m, r * o
      from decided h,
           lateral (select (h.decision <> 'RECOMMENDED')::int as a, (h.decision <> 'ADOPTED')::int as r,
                           (h.level = 'NATIONAL')::int as n, (h.level = 'PROVINCIAL')::int as p,
                           (h.level = 'PREFECTURE')::int as f, (h.level = 'COUNTY')::int as c,
                           (h.level = 'BRANCH')::int as b, (h.level = 'COMMITTEE')::int as m,
                           (h.level not in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY', 'BRANCH',
                                            'COMMITTEE'))::int as o) k
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
