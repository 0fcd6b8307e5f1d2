-- plan-core: who did what, by name as it was at the time (accounts may be renamed or removed later),
-- and the indexes the 待办 list and the review queues use.
alter table plan add column created_by_name varchar(50);
alter table assignment add column acknowledged_by_name varchar(50);
alter table assignment add column impl_reviewed_by bigint;
alter table assignment add column impl_reviewed_by_name varchar(50);
alter table progress_report add column submitted_by_name varchar(50);
alter table progress_report add column reviewed_by_name varchar(50);

-- 待审核: the assigner's queue
create index assignment_assigner_idx on assignment (assigner_unit_id, impl_status);
create index assignment_item_status_idx on assignment_item (assignment_id, status);
create index plan_title_idx on plan (issuer_unit_id, status, issued_on desc);
