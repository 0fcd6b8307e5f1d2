-- Leaders and contacts of a unit are edited by several administrators: optimistic locking as for units.
alter table unit_person add column version int not null default 0;
