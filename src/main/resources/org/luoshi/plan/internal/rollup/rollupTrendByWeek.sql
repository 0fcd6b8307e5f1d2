-- rollupTrendByWeek: acknowledgements and acceptances per ISO week (weeks start on Monday, none skipped, from the
-- first event to the week of :asOf, so a quiet week shows as flat rather than as the end of the line), with
-- the running totals and the subtree's assignments and items to turn them into cumulative rates.
, events as (
    select date_trunc('week', acknowledged_on)::date as week, 1 as acknowledgements, 0 as acceptances
      from assignment_facts
     where acknowledged and acknowledged_on is not null
    union all
    select date_trunc('week', accepted_on)::date, 0, 1
      from item_state
     where accepted and accepted_on is not null
), weekly as (
    select week, sum(acknowledgements) as acknowledgements, sum(acceptances) as acceptances
      from events
     group by week
), weeks as (
    select generate_series(min(week), date_trunc('week', cast(:asOf as date))::date, interval '1 week')::date as week
      from weekly
)
select w.week, to_char(w.week, 'IYYY-"W"IW') as iso_week,
       coalesce(k.acknowledgements, 0) as acknowledgements,
       coalesce(k.acceptances, 0) as acceptances,
       sum(coalesce(k.acknowledgements, 0)) over (order by w.week) as acknowledged_so_far,
       sum(coalesce(k.acceptances, 0)) over (order by w.week) as accepted_so_far,
       (select count(*) from assignment_facts) as assignments,
       (select count(*) from item_state) as items
  from weeks w
  left join weekly k on k.week = w.week
 order by w.week
