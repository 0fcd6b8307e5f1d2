-- rollupItemsByChildUnit: per actionable item and child of the unit, the item's state over the child's subtree.
-- Summed by item it is the per-item roll-up, summed by child the items part of the per-child roll-up.
select item_id, child,
       count(*)                                  as assignments,
       count(*) filter (where acknowledged)      as acknowledged,
       count(*) filter (where impl_submitted)    as impl_submitted,
       count(*) filter (where impl_approved)     as impl_approved,
       count(*) filter (where accepted)          as accepted,
       count(*) filter (where on_time)           as accepted_on_time,
       count(*) filter (where overdue)           as overdue
  from item_state
 group by item_id, child
