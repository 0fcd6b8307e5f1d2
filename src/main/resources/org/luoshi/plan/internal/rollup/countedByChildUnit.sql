-- countedByChildUnit: per actionable item of the plan and child of the unit, the work counted toward the item
-- (计入落实) over the child's subtree, summed by kind, as it stood at the end of :asOf. child is the first path segment
-- below the unit ('' for the unit's own), as in rollupFacts.sql. The subtree is a prefix match on counted_work's own
-- unit_path: with the item, counted_work_rollup_idx (item_id, unit_path) serves it, the plan's items first.
select c.item_id,
       split_part(substr(c.unit_path, length(:prefix) + 1), '/', 1) as child,
       c.kind,
       sum(c.quantity) as quantity
  from plan_item pi
  join counted_work c on c.item_id = pi.id
 where pi.plan_id = :planId
   and pi.actionable
   and c.unit_path like :prefix || '%'
   and c.counted_at::date <= cast(:asOf as date)
 group by c.item_id, child, c.kind
