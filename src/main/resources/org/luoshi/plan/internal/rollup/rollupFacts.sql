-- The facts every roll-up groups, as they stood at the end of :asOf (events recorded later do not count yet).
-- assignment_facts: the plan's assignments in the subtree of :prefix; item_state: their actionable items.
-- child is the first path segment below the unit ('' for the unit's own assignment); head marks the child's own
-- assignment (or the unit's), the rest lie deeper. The subtree is a prefix match served by assignment_scope_idx.
with assignment_facts as (
    select a.id as assignment_id, a.unit_id, a.unit_path,
           split_part(substr(a.unit_path, length(:prefix) + 1), '/', 1) as child,
           a.issued_at::date as issued_on,
           a.parent_assignment_id is not null as forwarded,
           a.acknowledged_at::date as acknowledged_on,
           a.status <> 'ISSUED' and coalesce(a.acknowledged_at::date <= cast(:asOf as date), true) as acknowledged,
           a.impl_status <> 'NONE' and coalesce(a.impl_submitted_at::date <= cast(:asOf as date), true)
               as impl_submitted,
           a.impl_status = 'APPROVED' and coalesce(a.impl_reviewed_at::date <= cast(:asOf as date), true)
               as impl_approved
      from assignment a
     where a.plan_id = :planId
       and a.unit_path like :prefix || '%'
       and a.issued_at::date <= cast(:asOf as date)
), assignment_state as (
    select f.*, f.child = '' or f.unit_path = :prefix || f.child || '/' as head
      from assignment_facts f
), item_facts as (
    select f.*, ai.item_id, ai.due_on, ai.accepted_at::date as accepted_on,
           ai.status = 'ACCEPTED' and coalesce(ai.accepted_at::date <= cast(:asOf as date), true) as accepted
      from assignment_facts f
      join assignment_item ai on ai.assignment_id = f.assignment_id
), item_state as (
    select i.*,
           i.accepted and coalesce(i.accepted_on <= i.due_on, i.due_on is null) as on_time,
           not i.accepted and i.due_on < cast(:asOf as date) as overdue
      from item_facts i
)
