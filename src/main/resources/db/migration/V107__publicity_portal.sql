-- 宣传门户 (issue 12, portal): the feeds read the newest items, of all columns or of one, without the pinned ones
-- first; these serve them by an index scan that stops after the first page.
create index publicity_article_latest_idx on publicity_article (publish_at desc, id desc) where withdrawn_at is null;
create index publicity_article_column_latest_idx on publicity_article (column_code, publish_at desc, id desc)
    where withdrawn_at is null;
-- 门户发布: an editor's list of their unit's articles, newest first
create index publicity_article_unit_idx on publicity_article (unit_id, created_at desc, id desc);
-- a unit's portal: a column's items in its subtree, read from the index alone (withdrawn_at included so the scan
-- needs no table row), sorted, and only the page's rows fetched
create index publicity_article_column_scope_idx on publicity_article (column_code, unit_path, pinned, publish_at, id)
    include (withdrawn_at) where withdrawn_at is null;
