-- countedKinds: the kinds of counted work there are (a handful, each a module's code), read by skipping along the
-- (kind, record_id) index from one kind to the next rather than reading every row.
with recursive kinds as (
    select min(kind) as kind from counted_work
    union all
    select (select min(c.kind) from counted_work c where c.kind > kinds.kind) from kinds where kinds.kind is not null
)
select kind from kinds where kind is not null
