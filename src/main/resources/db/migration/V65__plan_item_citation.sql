-- How an item is cited out of its tree: 三（一）, not the bare （一） that 三、 and 四、 both have. Kept on the row
-- because roll-ups, reminders and exports list items away from their parents; items change rarely, they are read
-- on every roll-up. A parent's trailing 、 or . is dropped before its child's numbering, as documents cite them.
alter table plan_item add column citation varchar(200) not null default '';

create function plan_item_cite() returns trigger language plpgsql as $$
begin
    new.citation := coalesce((select rtrim(p.citation, '、.．') from plan_item p where p.id = new.parent_id), '')
                    || new.numbering;
    return new;
end $$;

-- A changed citation is handed down: touching the children makes their own before-trigger cite them again. The
-- after-trigger lists the columns the statement sets (UPDATE OF ignores a column only a before-trigger changed).
create function plan_item_cite_children() returns trigger language plpgsql as $$
begin
    update plan_item set citation = citation where plan_id = new.plan_id and parent_id = new.id;
    return null;
end $$;

create trigger plan_item_cite before insert or update of parent_id, numbering, citation on plan_item
    for each row execute function plan_item_cite();

create trigger plan_item_cite_children after update of parent_id, numbering, citation on plan_item
    for each row when (old.citation is distinct from new.citation) execute function plan_item_cite_children();

-- Existing items, top-down so each parent is cited before its children.
with recursive tree as (
    select id, numbering::text as citation from plan_item where parent_id is null
    union all
    select c.id, rtrim(t.citation, '、.．') || c.numbering from plan_item c join tree t on c.parent_id = t.id
)
update plan_item p set citation = tree.citation from tree where tree.id = p.id;
