-- 原原本本、逐字逐句, the write side (issue 11): an account is the login of at most one member, and the lookups
-- the reader and the member's home make on every page.

-- One login per member: two accounts reading as one member would merge two people's progress.
create unique index account_member_uk on account (member_id) where member_id is not null;

-- The materials that reach a reader are those published at their unit's ancestors (unit_path = any(ancestors)).
create index study_material_published_idx on study_material (unit_path, published_at desc) where status = 'PUBLISHED';
