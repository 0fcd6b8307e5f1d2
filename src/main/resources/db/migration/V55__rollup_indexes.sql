-- Roll-up and work bench (plan-rollup). The roll-ups themselves are served by assignment_scope_idx
-- (plan_id, unit_path) and the assignment_item primary key; these serve the work bench.

-- 待审核: the assignments a unit issued or forwarded (it reviews their implementation plans and reports)
create index assignment_assigner_plan_idx on assignment (assigner_unit_id, plan_id);

-- 最新动态: the latest acknowledgements and acceptances, read newest first and filtered by subtree
create index assignment_acknowledged_idx on assignment (acknowledged_at desc) where acknowledged_at is not null;
create index assignment_item_accepted_idx on assignment_item (accepted_at desc) where status = 'ACCEPTED';
