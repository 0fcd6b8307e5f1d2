-- plan: a report that completes an item without some of the evidence the item asks for says which kinds it lacks
-- (comma-separated EvidenceKind names, as plan_item.evidence_kinds) and why, so the reviewer sees both.
alter table progress_report add column missing_evidence varchar(100) not null default '';
alter table progress_report add column missing_evidence_reason varchar(500);
