-- Member counts of a unit's subtree (unit page, children list) count ACTIVE members by unit_path prefix.
-- A partial index on exactly those rows lets PostgreSQL count from the index alone, even at 2,000,000 members.
create index member_active_unit_path_idx on member (unit_path) where status = 'ACTIVE';
