-- 宣传门户 (issue 12, portal): the feeds read the newest items, of all columns or of one, without the pinned ones
-- first; these serve them by an index scan that stops after the first page.
create index publicity_article_latest_idx on publicity_article (publish_at desc, id desc) where withdrawn_at is null;
create index publicity_article_column_latest_idx on publicity_article (column_code, publish_at desc, id desc)
    where withdrawn_at is null;
-- 门户发布: an editor's list of their unit's articles, newest first
create index publicity_article_unit_idx on publicity_article (unit_id, created_at desc, id desc);
