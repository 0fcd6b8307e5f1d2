-- unitFigures: one unit's own figures for the period (its own submissions, not its subtree's), as rankingFacts counts
-- them; an equality on the path, so the ranking indexes serve it however large the subtree below.
with submitted as (
    select count(*) as submitted, count(*) filter (where s.live_adoptions > 0) as adopted_submissions
      from publicity_submission s
     where s.unit_path = :path
       and s.first_submitted_at >= :from
       and s.first_submitted_at < :until
), decided as (
    select count(*) filter (where d.decision <> 'RECOMMENDED' and d.level = 'NATIONAL')   as adopted_national,
           count(*) filter (where d.decision <> 'RECOMMENDED' and d.level = 'PROVINCIAL') as adopted_provincial,
           count(*) filter (where d.decision <> 'RECOMMENDED' and d.level = 'PREFECTURE') as adopted_prefecture,
           count(*) filter (where d.decision <> 'RECOMMENDED' and d.level = 'COUNTY')     as adopted_county,
           count(*) filter (where d.decision <> 'RECOMMENDED')                             as adopted,
           count(*) filter (where d.decision <> 'ADOPTED')                                 as recommended,
           coalesce(sum(case when d.decision <> 'RECOMMENDED' then coalesce(p.adopted, 0) else 0 end
                        + case when d.decision <> 'ADOPTED' then coalesce(p.recommended, 0) else 0 end), 0) as points
      from publicity_decision d
      left join publicity_points p on p.level = d.level
     where d.submitter_unit_path = :path
       and d.withdrawn_at is null
       and d.decided_at >= :from
       and d.decided_at < :until
       and d.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
)
select s.submitted, s.adopted_submissions,
       round(100.0 * s.adopted_submissions / nullif(s.submitted, 0), 1) as rate, d.adopted_national, d.adopted_provincial, d.adopted_prefecture,
       d.adopted_county, d.adopted, d.recommended, d.points
  from submitted s, decided d
