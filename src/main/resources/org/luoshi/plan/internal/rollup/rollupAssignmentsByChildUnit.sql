-- rollupAssignmentsByChildUnit: per child of the unit, its subtree's assignments, acknowledgements and
-- implementation plans, how many were reached by 转发; plus the child's own assignment and whether anything lies below it.
select child,
       count(*)                                  as assignments,
       count(*) filter (where acknowledged)      as acknowledged,
       count(*) filter (where forwarded)         as forwarded,
       count(*) filter (where impl_submitted)    as impl_submitted,
       count(*) filter (where impl_approved)     as impl_approved,
       max(assignment_id) filter (where head)    as head_assignment_id,
       bool_or(not head)                         as has_subunits
  from assignment_state
 group by child
