-- rollupLaggards: units of the subtree with overdue items, or not acknowledged more than :acknowledgeWithinDays
-- days after issue; days overdue count from the earliest due date of the unit's overdue items. Worst first.
, behind as (
    select f.assignment_id, f.unit_id, f.unit_path, f.acknowledged,
           count(s.item_id) filter (where s.overdue)                           as overdue_items,
           max(cast(:asOf as date) - s.due_on) filter (where s.overdue)        as days_overdue,
           case when not f.acknowledged then cast(:asOf as date) - f.issued_on end as days_unacknowledged
      from assignment_facts f
      left join item_state s on s.assignment_id = f.assignment_id
     group by f.assignment_id, f.unit_id, f.unit_path, f.acknowledged, f.issued_on
)
select assignment_id, unit_id, unit_path, acknowledged, overdue_items, days_overdue, days_unacknowledged,
       count(*) over () as total
  from behind
 where overdue_items > 0 or days_unacknowledged > :acknowledgeWithinDays
 order by days_overdue desc nulls last, overdue_items desc, days_unacknowledged desc nulls last, unit_path
 limit :limit offset :offset
