-- rankingFacts: per unit of the subtree of :prefix, for the period [:from, :until):
-- submitted            its submissions first submitted in the period (报送数);
-- adopted_submissions  those of them adopted now at some level by a decision not withdrawn (for 采用率);
-- adopted_<level>      live adoptions (ADOPTED, ADOPTED_RECOMMENDED) decided in the period, by the deciding level;
-- recommended          live recommendations (RECOMMENDED, ADOPTED_RECOMMENDED) decided in the period;
-- points               what those decisions are worth today, from publicity_points (积分, computed when read).
-- The whole months of the period [:wholeFrom, :wholeUntil) come from publicity_ranking_month (V106, kept by triggers);
-- only the days before and after them are read from the submissions and decisions, by date. The facts are summed
-- per unit and level first, so publicity_points is joined to a handful of rows per unit.
with facts as (
    select m.unit_id, m.unit_path, m.level, m.submitted, m.adopted_submissions, m.adopted, m.recommended
      from publicity_ranking_month m
     where m.unit_path like :prefix || '%'
       and m.month >= cast(:monthFrom as date)
       and m.month < cast(:monthUntil as date)
    union all
    select s.unit_id, s.unit_path, '', 1, (s.live_adoptions > 0)::int, 0, 0
      from publicity_submission s
     where s.first_submitted_at >= :from and s.first_submitted_at < :wholeFrom
       and s.unit_path like :prefix || '%'
    union all
    select s.unit_id, s.unit_path, '', 1, (s.live_adoptions > 0)::int, 0, 0
      from publicity_submission s
     where s.first_submitted_at >= :wholeUntil and s.first_submitted_at < :until
       and s.unit_path like :prefix || '%'
    union all
    select d.submitter_unit_id, d.submitter_unit_path, d.level, 0, 0,
           (d.decision <> 'RECOMMENDED')::int, (d.decision <> 'ADOPTED')::int
      from publicity_decision d
     where d.decided_at >= :from and d.decided_at < :wholeFrom
       and d.withdrawn_at is null
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
       and d.submitter_unit_path like :prefix || '%'
    union all
    select d.submitter_unit_id, d.submitter_unit_path, d.level, 0, 0,
           (d.decision <> 'RECOMMENDED')::int, (d.decision <> 'ADOPTED')::int
      from publicity_decision d
     where d.decided_at >= :wholeUntil and d.decided_at < :until
       and d.withdrawn_at is null
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
       and d.submitter_unit_path like :prefix || '%'
), per_level as (
    select f.unit_id, min(f.unit_path) as unit_path, f.level,
           sum(f.submitted) as submitted, sum(f.adopted_submissions) as adopted_submissions,
           sum(f.adopted) as adopted, sum(f.recommended) as recommended
      from facts f
     group by f.unit_id, f.level
), per_unit as (
    select l.unit_id, min(l.unit_path) as unit_path,
           sum(l.submitted)                                                  as submitted,
           sum(l.adopted_submissions)                                        as adopted_submissions,
           coalesce(sum(l.adopted) filter (where l.level = 'NATIONAL'), 0)   as adopted_national,
           coalesce(sum(l.adopted) filter (where l.level = 'PROVINCIAL'), 0) as adopted_provincial,
           coalesce(sum(l.adopted) filter (where l.level = 'PREFECTURE'), 0) as adopted_prefecture,
           coalesce(sum(l.adopted) filter (where l.level = 'COUNTY'), 0)     as adopted_county,
           sum(l.adopted)                                                    as adopted,
           sum(l.recommended)                                                as recommended,
           sum(l.adopted * coalesce(p.adopted, 0) + l.recommended * coalesce(p.recommended, 0)) as points
      from per_level l
      left join publicity_points p on p.level = l.level
     group by l.unit_id
    -- a month whose adoptions were all withdrawn leaves a row of zeros behind: not a unit that took part
    having sum(l.submitted) <> 0 or sum(l.adopted) <> 0 or sum(l.recommended) <> 0
)
