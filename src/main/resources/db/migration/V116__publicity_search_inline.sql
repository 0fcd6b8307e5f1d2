-- 全文检索 at national scale (issue 12; docs/publicity.md "Candidate cap", docs/benchmarks.md §10).

-- A search vector is read for every row the search looks at. Stored out of line (TOAST, the default for a value over
-- about 2 kB) each read is an index lookup and two or three more pages; kept in the row (compressed, up to a full
-- page) it is one page: 36 µs a row became 5 µs on 200,000 articles. A vector too large even compressed still moves
-- out of line. The rows already written are rewritten so they follow the new rule.
alter table publicity_article alter column search set storage main, set (toast_tuple_target = 8160);
alter table publicity_submission alter column search set storage main, set (toast_tuple_target = 8160);
alter table publicity_person alter column search set storage main, set (toast_tuple_target = 8160);
update publicity_article set search = search || ''::tsvector where search <> ''::tsvector;
update publicity_submission set search = search || ''::tsvector where search <> ''::tsvector;
update publicity_person set search = search || ''::tsvector where search <> ''::tsvector;

-- The staff search walks a national body's submissions newest first, as it walks the articles; without this index it
-- read all 500,000 (2 s).
create index publicity_submission_updated_idx on publicity_submission (updated_at desc, id desc);

-- V109's publicity_article_published_idx is V107's publicity_article_latest_idx under another name: one is enough.
drop index publicity_article_published_idx;
