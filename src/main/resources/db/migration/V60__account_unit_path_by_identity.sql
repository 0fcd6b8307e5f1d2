-- The identity module keeps account.unit_path itself: it copies the path from the org module's UnitDirectory
-- whenever it writes an account's unit, and follows moved units through the org module's UnitMoved event.
-- The triggers of V20 read and fired on the org module's unit table, across the module boundary; they go.
drop trigger if exists unit_path_follow_tg on unit;
drop function if exists account_follow_unit_path();
drop trigger if exists account_unit_path_tg on account;
drop function if exists account_set_unit_path();
