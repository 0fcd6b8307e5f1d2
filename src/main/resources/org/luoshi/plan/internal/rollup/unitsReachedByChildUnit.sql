-- unitsReachedByChildUnit: per item of the plan with a target and child of the unit, how many units of the child's
-- subtree reached the target by their own counted work (已达标): the quantities of the kinds counted in the target's
-- unit, summed per unit (its assignment), at least the target. Which unit each kind is counted in is named by the
-- kind's module in its bundle, so it comes in as :kindUnits, a JSON object {"study.session": "次", …}.
with kind_unit as (
    select key as kind, value as unit from jsonb_each_text(cast(:kindUnits as jsonb))
), per_unit as (
    select c.item_id, c.assignment_id,
           split_part(substr(c.unit_path, length(:prefix) + 1), '/', 1) as child
      from plan_item pi
      join counted_work c on c.item_id = pi.id
      join kind_unit k on k.kind = c.kind and k.unit = coalesce(pi.target_unit, '')
     where pi.plan_id = :planId
       and pi.actionable
       and pi.target_quantity is not null
       and c.unit_path like :prefix || '%'
       and c.counted_at::date <= cast(:asOf as date)
     group by c.item_id, c.assignment_id, child, pi.target_quantity
    having sum(c.quantity) >= pi.target_quantity
)
select item_id, child, count(*) as reached
  from per_unit
 group by item_id, child
