-- narrativeOfAssignments: what the report says of each assignment, one row per line of text, in document order:
-- MEASURE 落实举措 · PROGRESS accepted progress texts (report_id for its photos) · EXPERIENCE the reviewer's comment
-- on accepting a report (the higher level's word on what worked) · NEXT items not accepted by :asOf, with the
-- unit's own due date and the measures planned for them.
with recursive tree as (
    select id, array[sort_order, id] as ord from plan_item where plan_id = :planId and parent_id is null
    union all
    select c.id, t.ord || array[c.sort_order, c.id] from plan_item c join tree t on c.parent_id = t.id
)
select 'MEASURE' as kind, m.assignment_id, i.citation, i.title as item_title, m.content as text, m.responsible,
       m.due_on, m.target, null::bigint as report_id, t.ord, m.sort_order as seq
  from measure m join plan_item i on i.id = m.item_id join tree t on t.id = i.id
 where m.assignment_id in (:assignmentIds)
union all
select 'PROGRESS', r.assignment_id, i.citation, i.title, r.text, null, null, null, r.id, t.ord, r.id
  from progress_report r join plan_item i on i.id = r.item_id join tree t on t.id = i.id
 where r.assignment_id in (:assignmentIds) and r.status = 'ACCEPTED'
   and r.reviewed_at::date <= cast(:asOf as date)
union all
select 'EXPERIENCE', r.assignment_id, i.citation, i.title, r.review_comment, r.reviewed_by_name, null, null, r.id,
       t.ord, r.id
  from progress_report r join plan_item i on i.id = r.item_id join tree t on t.id = i.id
 where r.assignment_id in (:assignmentIds) and r.status = 'ACCEPTED'
   and r.reviewed_at::date <= cast(:asOf as date) and coalesce(trim(r.review_comment), '') <> ''
union all
select 'NEXT', ai.assignment_id, i.citation, i.title,
       (select string_agg(m.content || '（' || m.responsible || '）', '；' order by m.sort_order)
          from measure m where m.assignment_id = ai.assignment_id and m.item_id = ai.item_id),
       null, ai.due_on, null, null, t.ord, 0
  from assignment_item ai join plan_item i on i.id = ai.item_id join tree t on t.id = i.id
 where ai.assignment_id in (:assignmentIds)
   and not (ai.status = 'ACCEPTED' and coalesce(ai.accepted_at::date <= cast(:asOf as date), true))
 order by assignment_id, kind, ord, seq
