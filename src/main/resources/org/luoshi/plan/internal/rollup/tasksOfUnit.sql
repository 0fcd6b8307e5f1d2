-- tasksOfUnit: what waits for the unit now, one row per assignment and kind, on plans being carried out.
-- ACKNOWLEDGE 待签收 · IMPLEMENT 待制定方案 · REVIEW 待审核 (children's plans and reports) · REPORT 待报送 · OVERDUE
-- Within a kind the earliest due come first; what has no due date comes newest first, like an inbox, so what just
-- arrived is on the bench (which shows the first few of each kind).
select 'ACKNOWLEDGE' as kind, a.id as assignment_id, a.plan_id, p.title as plan_title, a.unit_id,
       1 as pending, null::date as due_on, a.issued_at as arrived_at
  from assignment a join plan p on p.id = a.plan_id
 where a.unit_id = :unitId and a.status = 'ISSUED' and p.status = 'ISSUED'
union all
select 'IMPLEMENT', a.id, a.plan_id, p.title, a.unit_id, 1, null, coalesce(a.impl_reviewed_at, a.acknowledged_at)
  from assignment a join plan p on p.id = a.plan_id
 where a.unit_id = :unitId and a.status <> 'ISSUED' and a.impl_status in ('NONE', 'RETURNED')
   and p.status = 'ISSUED'
union all
select 'REVIEW', a.id, a.plan_id, p.title, a.unit_id,
       (a.impl_status = 'SUBMITTED')::int
           + (select count(*) from assignment_item ai where ai.assignment_id = a.id and ai.status = 'REPORTED'),
       null,
       greatest(case when a.impl_status = 'SUBMITTED' then a.impl_submitted_at end,
                (select max(r.submitted_at) from progress_report r
                  where r.assignment_id = a.id and r.status = 'SUBMITTED'))
  from assignment a join plan p on p.id = a.plan_id
 where a.assigner_unit_id = :unitId and p.status = 'ISSUED'
   and (a.impl_status = 'SUBMITTED'
        or exists (select 1 from assignment_item ai where ai.assignment_id = a.id and ai.status = 'REPORTED'))
union all
select 'REPORT', a.id, a.plan_id, p.title, a.unit_id, count(*), min(ai.due_on), null
  from assignment a join plan p on p.id = a.plan_id
  join assignment_item ai on ai.assignment_id = a.id
 where a.unit_id = :unitId and a.status = 'ACKNOWLEDGED' and ai.status in ('OPEN', 'RETURNED')
   and p.status = 'ISSUED'
 group by a.id, a.plan_id, p.title, a.unit_id
union all
select 'OVERDUE', a.id, a.plan_id, p.title, a.unit_id, count(*), min(ai.due_on), null
  from assignment a join plan p on p.id = a.plan_id
  join assignment_item ai on ai.assignment_id = a.id
 where a.unit_id = :unitId and ai.status <> 'ACCEPTED' and ai.due_on < current_date and p.status = 'ISSUED'
 group by a.id, a.plan_id, p.title, a.unit_id
 order by kind, due_on nulls last, arrived_at desc nulls last, assignment_id
