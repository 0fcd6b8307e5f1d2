-- actionableItems: the plan's actionable items in document order (depth first by sort order), each due when the
-- unit of the roll-up must finish it: its own assignment's due date (a unit above may have brought it forward), the
-- plan's where the unit received no assignment (the issuer); and the item's target, which counted work is set against.
with recursive tree as (
    select id, array[sort_order, id] as ord
      from plan_item
     where plan_id = :planId and parent_id is null
    union all
    select c.id, t.ord || array[c.sort_order, c.id]
      from plan_item c
      join tree t on c.parent_id = t.id
)
select p.id, p.citation as numbering, p.title,
       case when own.assignment_id is null then p.due_on else own.due_on end as due_on,
       p.target_quantity, p.target_unit
  from plan_item p
  join tree t on t.id = p.id
  left join assignment_item own on own.item_id = p.id and own.assignment_id = cast(:assignmentId as bigint)
 where p.actionable
 order by t.ord
