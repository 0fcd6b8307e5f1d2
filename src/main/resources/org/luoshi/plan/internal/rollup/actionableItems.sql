-- actionableItems: the plan's actionable items in document order (depth first by sort order).
with recursive tree as (
    select id, array[sort_order, id] as ord
      from plan_item
     where plan_id = :planId and parent_id is null
    union all
    select c.id, t.ord || array[c.sort_order, c.id]
      from plan_item c
      join tree t on c.parent_id = t.id
)
select p.id, p.citation as numbering, p.title, p.due_on
  from plan_item p
  join tree t on t.id = p.id
 where p.actionable
 order by t.ord
