-- recentActivity: the latest acknowledgements and accepted items in the subtree, newest first.
(select 'ACKNOWLEDGED' as kind, a.acknowledged_at as happened_at, a.id as assignment_id, a.plan_id,
        p.title as plan_title, a.unit_id, null as item_title
   from assignment a join plan p on p.id = a.plan_id
  where a.unit_path like :scope || '%' and a.acknowledged_at is not null
  order by a.acknowledged_at desc
  limit :limit)
union all
(select 'ACCEPTED', ai.accepted_at, a.id, a.plan_id, p.title, a.unit_id, i.citation || i.title
   from assignment_item ai
   join assignment a on a.id = ai.assignment_id
   join plan p on p.id = a.plan_id
   join plan_item i on i.id = ai.item_id
  where a.unit_path like :scope || '%' and ai.status = 'ACCEPTED' and ai.accepted_at is not null
  order by ai.accepted_at desc
  limit :limit)
 order by happened_at desc
 limit :limit
