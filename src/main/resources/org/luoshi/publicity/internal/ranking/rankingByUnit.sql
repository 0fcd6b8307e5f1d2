-- rankingByUnit (按单位): every unit of the subtree that submitted or earned a decision in the period, ranked by
-- points, then adoptions (equal figures share a rank); a page of them in a stable order. The window runs over the
-- per-unit figures before the page is cut, so the rank and the total are the whole subtree's; only the page's rows
-- are joined to unit for their names.
, ranked as (
    select f.*,
           rank() over (order by f.points desc, f.adopted desc) as rank,
           count(*) over () as total
      from per_unit f
), page as (
    select * from ranked order by rank, unit_path, unit_id limit :size offset :offset
)
select r.unit_id, u.name as unit_name, r.unit_id = :unitId as own, r.rank, r.total,
       r.submitted, r.adopted_submissions,
       round(100.0 * r.adopted_submissions / nullif(r.submitted, 0), 1) as rate, r.adopted_national, r.adopted_provincial, r.adopted_prefecture,
       r.adopted_county, r.adopted, r.recommended, r.points
  from page r
  join unit u on u.id = r.unit_id
 order by r.rank, r.unit_path, r.unit_id
