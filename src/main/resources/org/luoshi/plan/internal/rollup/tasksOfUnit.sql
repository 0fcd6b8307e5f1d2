-- tasksOfUnit: what waits for the unit now, one row per assignment and kind, on plans being carried out. The one
-- definition of 待办: the work bench counts these rows and the task list pages through the same rows.
-- RETURNED 已退回 (reports or the 实施方案 sent back, to redo) · ACKNOWLEDGE 待签收 · IMPLEMENT 待制定方案 ·
-- REVIEW 待审核 (children's plans and reports) · REPORT 待报送 · OVERDUE 已逾期 (past :today and not accepted)
-- A returned item is 已退回 only, not also 待报送, so that it cannot hide among the items never reported.
-- kind_order puts 已退回 first; within a kind the earliest due come first, and what has no due date comes newest
-- first, like an inbox, so what just arrived is on the bench (which shows the first few of each kind).
select 'RETURNED' as kind, 0 as kind_order, a.id as assignment_id, a.plan_id, p.title as plan_title, a.unit_id,
       (a.impl_status = 'RETURNED')::int
           + (select count(*) from assignment_item ai where ai.assignment_id = a.id and ai.status = 'RETURNED')
           as pending,
       (select min(ai.due_on) from assignment_item ai where ai.assignment_id = a.id and ai.status = 'RETURNED')
           as due_on,
       greatest(case when a.impl_status = 'RETURNED' then a.impl_reviewed_at end,
                (select max(r.reviewed_at) from progress_report r
                  where r.assignment_id = a.id and r.status = 'RETURNED')) as arrived_at
  from assignment a join plan p on p.id = a.plan_id
 where a.unit_id = :unitId and a.status <> 'ISSUED' and p.status = 'ISSUED'
   and (a.impl_status = 'RETURNED'
        or exists (select 1 from assignment_item ai where ai.assignment_id = a.id and ai.status = 'RETURNED'))
union all
select 'ACKNOWLEDGE', 1, a.id, a.plan_id, p.title, a.unit_id, 1, null::date, a.issued_at
  from assignment a join plan p on p.id = a.plan_id
 where a.unit_id = :unitId and a.status = 'ISSUED' and p.status = 'ISSUED'
union all
select 'IMPLEMENT', 2, a.id, a.plan_id, p.title, a.unit_id, 1, null, a.acknowledged_at
  from assignment a join plan p on p.id = a.plan_id
 where a.unit_id = :unitId and a.status <> 'ISSUED' and a.impl_status = 'NONE' and p.status = 'ISSUED'
union all
select 'REVIEW', 3, a.id, a.plan_id, p.title, a.unit_id,
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
select 'REPORT', 4, a.id, a.plan_id, p.title, a.unit_id, count(*), min(ai.due_on), null
  from assignment a join plan p on p.id = a.plan_id
  join assignment_item ai on ai.assignment_id = a.id
 where a.unit_id = :unitId and a.status = 'ACKNOWLEDGED' and ai.status = 'OPEN' and p.status = 'ISSUED'
 group by a.id, a.plan_id, p.title, a.unit_id
union all
select 'OVERDUE', 5, a.id, a.plan_id, p.title, a.unit_id, count(*), min(ai.due_on), null
  from assignment a join plan p on p.id = a.plan_id
  join assignment_item ai on ai.assignment_id = a.id
 where a.unit_id = :unitId and ai.status <> 'ACCEPTED' and ai.due_on < cast(:today as date)
   and p.status = 'ISSUED'
 group by a.id, a.plan_id, p.title, a.unit_id
