-- rankingByChild (按下级汇总): per direct child of the unit, the figures of its whole subtree summed, and the unit's own
-- as one more row; children with nothing in the period are listed too, with zeros. child is the first path segment
-- below :prefix, '' for the unit itself, as in plan's roll-up (rollupFacts.sql).
, per_child as (
    select split_part(substr(f.unit_path, length(:prefix) + 1), '/', 1) as child,
           sum(f.submitted) as submitted, sum(f.adopted_submissions) as adopted_submissions,
           sum(f.adopted_national) as adopted_national, sum(f.adopted_provincial) as adopted_provincial,
           sum(f.adopted_prefecture) as adopted_prefecture, sum(f.adopted_county) as adopted_county,
           sum(f.adopted) as adopted, sum(f.recommended) as recommended, sum(f.points) as points
      from per_unit f
     group by 1
), rows as (
    select u.id as unit_id, u.name as unit_name, u.sort_order, u.id = :unitId as own,
           coalesce(c.submitted, 0) as submitted, coalesce(c.adopted_submissions, 0) as adopted_submissions,
           coalesce(c.adopted_national, 0) as adopted_national, coalesce(c.adopted_provincial, 0) as adopted_provincial,
           coalesce(c.adopted_prefecture, 0) as adopted_prefecture, coalesce(c.adopted_county, 0) as adopted_county,
           coalesce(c.adopted, 0) as adopted, coalesce(c.recommended, 0) as recommended,
           coalesce(c.points, 0) as points
      from unit u
      left join per_child c on c.child = case when u.id = :unitId then '' else cast(u.id as varchar) end
     where (u.parent_id = :unitId and u.status = 'ACTIVE') or u.id = :unitId
        or u.id in (select cast(child as bigint) from per_child where child <> '')
)
select r.unit_id, r.unit_name, r.own,
       rank() over (order by r.points desc, r.adopted desc) as rank,
       count(*) over () as total,
       r.submitted, r.adopted_submissions,
       round(100.0 * r.adopted_submissions / nullif(r.submitted, 0), 1) as rate, r.adopted_national, r.adopted_provincial, r.adopted_prefecture,
       r.adopted_county, r.adopted, r.recommended, r.points
  from rows r
 order by rank, r.own desc, r.sort_order, r.unit_id
 limit :size offset :offset
