-- unitsOfReport: the assignments a 工作情况报告 describes one by one: the unit's own and those of its direct children
-- (the units that report to it), in the tree's order; deeper units are summed in the figures, not narrated.
select a.id as assignment_id, a.unit_id, a.unit_path
  from assignment a
 where a.plan_id = :planId
   and a.unit_path like :prefix || '%'
   and split_part(substr(a.unit_path, length(:prefix) + 1), '/', 2) = ''
   and a.issued_at::date <= cast(:asOf as date)
 order by a.unit_path = :prefix desc, a.unit_path
 limit :limit
