-- linkableItems: the actionable items of the unit's acknowledged assignments (签收, and those completed since:
-- work done after acceptance still counts, and a record counted before completion must stay editable) of plans
-- still in force (issued, not closed). Newest plan first, each plan's items in document order; the due date is
-- the unit's own (a unit above may have brought it forward). :itemId narrows it to one item, or is null.
with recursive mine as (
    select a.id as assignment_id, a.plan_id, p.title as plan_title, p.issued_on
      from assignment a
      join plan p on p.id = a.plan_id
     where a.unit_id = :unitId
       and a.status in ('ACKNOWLEDGED', 'COMPLETED')
       and p.status = 'ISSUED'
), tree as (
    select pi.id, array[pi.sort_order, pi.id] as ord
      from plan_item pi
     where pi.plan_id in (select plan_id from mine) and pi.parent_id is null
    union all
    select c.id, t.ord || array[c.sort_order, c.id]
      from plan_item c
      join tree t on c.parent_id = t.id
)
select m.plan_id, pi.id as item_id, m.assignment_id, m.plan_title, pi.citation || pi.title as label, ai.due_on,
       pi.target_quantity, pi.target_unit
  from mine m
  join assignment_item ai on ai.assignment_id = m.assignment_id
  join plan_item pi on pi.id = ai.item_id
  join tree t on t.id = pi.id
 where pi.actionable
   and (cast(:itemId as bigint) is null or pi.id = cast(:itemId as bigint))
 order by m.issued_on desc nulls first, m.plan_id desc, t.ord
