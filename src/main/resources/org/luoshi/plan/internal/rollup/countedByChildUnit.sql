-- countedByChildUnit: per actionable item of the plan and child of the unit, the work counted toward the item
-- (计入落实) over the child's subtree as it stood at the end of :asOf: summed by kind (one row per kind), and how many
-- of the subtree's units reached the item's target by their own counted work, 已达标 (the row whose kind is null).
-- A unit reaches the target when the quantities of the kinds counted in the target's unit add up to it; which unit a
-- kind is counted in is named by its module's bundle, so it comes in as :kindUnits, {"study.session": "次", …}.
-- child is the first path segment below the unit ('' for the unit's own), as in rollupFacts.sql. The plan's items
-- are looked up first, so that counted_work_rollup_idx (item_id, unit_path) serves the subtree as a range on the path
-- prefix item by item: never a scan of every plan's counted work.
with kind_unit as (
    select key as kind, value as unit from jsonb_each_text(cast(:kindUnits as jsonb))
), per_unit_kind as (
    -- each unit's work per kind (a unit is its assignment); the path is the same on all its rows
    select c.item_id, c.assignment_id, c.kind, min(c.unit_path) as unit_path, sum(c.quantity) as quantity
      from counted_work c
     where c.item_id = any (array(select id from plan_item where plan_id = :planId and actionable))
       and c.unit_path like :prefix || '%'
       and c.counted_at::date <= cast(:asOf as date)
     group by c.item_id, c.assignment_id, c.kind
), per_unit as (
    select u.item_id, u.assignment_id, split_part(substr(u.unit_path, length(:prefix) + 1), '/', 1) as child,
           u.kind, u.quantity, pi.target_quantity,
           sum(u.quantity) filter (where k.unit = coalesce(pi.target_unit, ''))
               over (partition by u.item_id, u.assignment_id) as toward_target
      from per_unit_kind u
      join plan_item pi on pi.id = u.item_id
      left join kind_unit k on k.kind = u.kind
)
select item_id, child, kind,
       sum(quantity) as quantity,
       count(distinct assignment_id) filter (where toward_target >= target_quantity) as reached
  from per_unit
 group by grouping sets ((item_id, child, kind), (item_id, child))
