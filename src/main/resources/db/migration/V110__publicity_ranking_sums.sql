-- 信息报送排名 within 200 ms at national scale (issue 12): V106's month rows (one per unit × month × level) left the
-- days at a period's edges to be read from the submissions and decisions, a twelfth of a year's records at each end.
-- Now the sums are kept per unit and UTC year, month and day, one wide row each (a column per level for adoptions
-- and for recommendations) in a table per span, by the same kind of triggers in the writer's transaction. A period
-- reads its whole UTC days as a few such rows added or taken away (publicity.internal.ranking.SumsCover: a year from
-- 7 December is December less its first six days plus the next year less what follows the period's end), and only
-- the hours of its first and last day that are not a whole UTC day (8 and 16 in China) from the tables by date,
-- whatever zone the association keeps its days in.
--
-- The rows are kept per unit id without a path: a query finds the subtree's units in unit by path, so a unit's move
-- changes nothing here (the tables' own path columns still follow moves, PublicityPathsFollowMovedUnits).
-- Levels: the six a decision is made at (PointsTable.LEVELS, each with its points in publicity_points) and OTHER for
-- any other unit type, which has no points. Points are still computed when read.

drop trigger publicity_ranking_submission on publicity_submission;
drop trigger publicity_ranking_decision on publicity_decision;
drop function publicity_ranking_submission();
drop function publicity_ranking_decision();
drop function publicity_ranking_add(bigint, varchar, timestamptz, varchar, int, int, int, int);
drop table publicity_ranking_month;

create table publicity_ranking_day (
    unit_id                bigint not null,
    -- the UTC day
    day                    date   not null,
    -- first submitted in it (报送数), and of those the ones adopted now at some level (for 采用率)
    submitted              int    not null default 0,
    adopted_submissions    int    not null default 0,
    -- live adoptions and recommendations decided in it, by the deciding unit's level
    adopted_national       int    not null default 0,
    adopted_provincial     int    not null default 0,
    adopted_prefecture     int    not null default 0,
    adopted_county         int    not null default 0,
    adopted_branch         int    not null default 0,
    adopted_committee      int    not null default 0,
    adopted_other          int    not null default 0,
    recommended_national   int    not null default 0,
    recommended_provincial int    not null default 0,
    recommended_prefecture int    not null default 0,
    recommended_county     int    not null default 0,
    recommended_branch     int    not null default 0,
    recommended_committee  int    not null default 0,
    recommended_other      int    not null default 0,
    primary key (unit_id, day)
);
-- a national ranking reads a few days across all units (their rows lie together: a day's are written that day)
create index publicity_ranking_day_day_idx on publicity_ranking_day (day);

-- the same per UTC calendar month and year (each by its first day): small tables, about one row per unit each
create table publicity_ranking_month (like publicity_ranking_day including defaults);
alter table publicity_ranking_month rename column day to month;
alter table publicity_ranking_month add primary key (unit_id, month);
create index publicity_ranking_month_month_idx on publicity_ranking_month (month);
create table publicity_ranking_year (like publicity_ranking_day including defaults);
alter table publicity_ranking_year rename column day to year;
alter table publicity_ranking_year add primary key (unit_id, year);
create index publicity_ranking_year_year_idx on publicity_ranking_year (year);

-- What one submission or decision adds to its unit's year, month and day (negative counts take it away). p_level is
-- the deciding unit's level for a decision's adoption and recommendation; a submission's facts have none.
create function publicity_ranking_add(p_unit_id bigint, p_at timestamptz, p_level varchar, p_submitted int,
        p_adopted_submissions int, p_adopted int, p_recommended int) returns void
language plpgsql as $$
declare
    d  date := (p_at at time zone 'UTC')::date;
    l  varchar := case when p_level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY', 'BRANCH', 'COMMITTEE')
                       then p_level else 'OTHER' end;
    an int := case l when 'NATIONAL' then p_adopted else 0 end;
    ap int := case l when 'PROVINCIAL' then p_adopted else 0 end;
    af int := case l when 'PREFECTURE' then p_adopted else 0 end;
    ac int := case l when 'COUNTY' then p_adopted else 0 end;
    ab int := case l when 'BRANCH' then p_adopted else 0 end;
    am int := case l when 'COMMITTEE' then p_adopted else 0 end;
    ao int := case l when 'OTHER' then p_adopted else 0 end;
    rn int := case l when 'NATIONAL' then p_recommended else 0 end;
    rp int := case l when 'PROVINCIAL' then p_recommended else 0 end;
    rf int := case l when 'PREFECTURE' then p_recommended else 0 end;
    rc int := case l when 'COUNTY' then p_recommended else 0 end;
    rb int := case l when 'BRANCH' then p_recommended else 0 end;
    rm int := case l when 'COMMITTEE' then p_recommended else 0 end;
    ro int := case l when 'OTHER' then p_recommended else 0 end;
begin
    -- the year's row first, then the month's and the day's: two writers for one unit meet at its year row before
    -- either holds a month or a day, so they wait for each other instead of deadlocking
    insert into publicity_ranking_year as r
    values (p_unit_id, date_trunc('year', d)::date, p_submitted, p_adopted_submissions, an, ap, af, ac, ab, am, ao,
            rn, rp, rf, rc, rb, rm, ro)
    on conflict (unit_id, year) do update
       set submitted = r.submitted + excluded.submitted,
           adopted_submissions = r.adopted_submissions + excluded.adopted_submissions,
           adopted_national = r.adopted_national + excluded.adopted_national,
           adopted_provincial = r.adopted_provincial + excluded.adopted_provincial,
           adopted_prefecture = r.adopted_prefecture + excluded.adopted_prefecture,
           adopted_county = r.adopted_county + excluded.adopted_county,
           adopted_branch = r.adopted_branch + excluded.adopted_branch,
           adopted_committee = r.adopted_committee + excluded.adopted_committee,
           adopted_other = r.adopted_other + excluded.adopted_other,
           recommended_national = r.recommended_national + excluded.recommended_national,
           recommended_provincial = r.recommended_provincial + excluded.recommended_provincial,
           recommended_prefecture = r.recommended_prefecture + excluded.recommended_prefecture,
           recommended_county = r.recommended_county + excluded.recommended_county,
           recommended_branch = r.recommended_branch + excluded.recommended_branch,
           recommended_committee = r.recommended_committee + excluded.recommended_committee,
           recommended_other = r.recommended_other + excluded.recommended_other;
    insert into publicity_ranking_month as r
    values (p_unit_id, date_trunc('month', d)::date, p_submitted, p_adopted_submissions, an, ap, af, ac, ab, am, ao,
            rn, rp, rf, rc, rb, rm, ro)
    on conflict (unit_id, month) do update
       set submitted = r.submitted + excluded.submitted,
           adopted_submissions = r.adopted_submissions + excluded.adopted_submissions,
           adopted_national = r.adopted_national + excluded.adopted_national,
           adopted_provincial = r.adopted_provincial + excluded.adopted_provincial,
           adopted_prefecture = r.adopted_prefecture + excluded.adopted_prefecture,
           adopted_county = r.adopted_county + excluded.adopted_county,
           adopted_branch = r.adopted_branch + excluded.adopted_branch,
           adopted_committee = r.adopted_committee + excluded.adopted_committee,
           adopted_other = r.adopted_other + excluded.adopted_other,
           recommended_national = r.recommended_national + excluded.recommended_national,
           recommended_provincial = r.recommended_provincial + excluded.recommended_provincial,
           recommended_prefecture = r.recommended_prefecture + excluded.recommended_prefecture,
           recommended_county = r.recommended_county + excluded.recommended_county,
           recommended_branch = r.recommended_branch + excluded.recommended_branch,
           recommended_committee = r.recommended_committee + excluded.recommended_committee,
           recommended_other = r.recommended_other + excluded.recommended_other;
    insert into publicity_ranking_day as r
    values (p_unit_id, d, p_submitted, p_adopted_submissions, an, ap, af, ac, ab, am, ao,
            rn, rp, rf, rc, rb, rm, ro)
    on conflict (unit_id, day) do update
       set submitted = r.submitted + excluded.submitted,
           adopted_submissions = r.adopted_submissions + excluded.adopted_submissions,
           adopted_national = r.adopted_national + excluded.adopted_national,
           adopted_provincial = r.adopted_provincial + excluded.adopted_provincial,
           adopted_prefecture = r.adopted_prefecture + excluded.adopted_prefecture,
           adopted_county = r.adopted_county + excluded.adopted_county,
           adopted_branch = r.adopted_branch + excluded.adopted_branch,
           adopted_committee = r.adopted_committee + excluded.adopted_committee,
           adopted_other = r.adopted_other + excluded.adopted_other,
           recommended_national = r.recommended_national + excluded.recommended_national,
           recommended_provincial = r.recommended_provincial + excluded.recommended_provincial,
           recommended_prefecture = r.recommended_prefecture + excluded.recommended_prefecture,
           recommended_county = r.recommended_county + excluded.recommended_county,
           recommended_branch = r.recommended_branch + excluded.recommended_branch,
           recommended_committee = r.recommended_committee + excluded.recommended_committee,
           recommended_other = r.recommended_other + excluded.recommended_other;
end
$$;

-- A row's old contribution is taken away and its new one added, so any write (submitting, an adoption counted or
-- withdrawn, a delete, a submission given to another unit) keeps the sums right, whoever makes it: the workflow, the
-- demo, tests, an operator's SQL. When only the counts change on the same unit and day, one call adds the difference.
create function publicity_ranking_submission() returns trigger
language plpgsql as $$
declare
    was_counted boolean := tg_op in ('UPDATE', 'DELETE') and old.first_submitted_at is not null;
    is_counted  boolean := tg_op in ('UPDATE', 'INSERT') and new.first_submitted_at is not null;
begin
    if was_counted and is_counted and old.unit_id = new.unit_id
            and old.first_submitted_at = new.first_submitted_at then
        if (old.live_adoptions > 0) <> (new.live_adoptions > 0) then
            perform publicity_ranking_add(new.unit_id, new.first_submitted_at, null, 0,
                                          (new.live_adoptions > 0)::int - (old.live_adoptions > 0)::int, 0, 0);
        end if;
        return null;
    end if;
    if was_counted then
        perform publicity_ranking_add(old.unit_id, old.first_submitted_at, null, -1,
                                      -(old.live_adoptions > 0)::int, 0, 0);
    end if;
    if is_counted then
        perform publicity_ranking_add(new.unit_id, new.first_submitted_at, null, 1,
                                      (new.live_adoptions > 0)::int, 0, 0);
    end if;
    return null;
end
$$;

-- A decision counts while not withdrawn: an adoption (ADOPTED, ADOPTED_RECOMMENDED) and a recommendation
-- (RECOMMENDED, ADOPTED_RECOMMENDED) to its submitting unit, at its level; an adoption also to the submission's
-- live_adoptions (V106), whose change the submission trigger above carries to 采用率.
create function publicity_ranking_decision() returns trigger
language plpgsql as $$
declare
    was_adoption       boolean := tg_op in ('UPDATE', 'DELETE') and old.withdrawn_at is null
                                  and old.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED');
    is_adoption        boolean := tg_op in ('UPDATE', 'INSERT') and new.withdrawn_at is null
                                  and new.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED');
    was_recommendation boolean := tg_op in ('UPDATE', 'DELETE') and old.withdrawn_at is null
                                  and old.decision in ('RECOMMENDED', 'ADOPTED_RECOMMENDED');
    is_recommendation  boolean := tg_op in ('UPDATE', 'INSERT') and new.withdrawn_at is null
                                  and new.decision in ('RECOMMENDED', 'ADOPTED_RECOMMENDED');
begin
    if was_adoption and not (is_adoption and old.submission_id = new.submission_id) then
        update publicity_submission set live_adoptions = live_adoptions - 1 where id = old.submission_id;
    end if;
    if is_adoption and not (was_adoption and old.submission_id = new.submission_id) then
        update publicity_submission set live_adoptions = live_adoptions + 1 where id = new.submission_id;
    end if;
    if tg_op = 'UPDATE' and old.submitter_unit_id = new.submitter_unit_id and old.decided_at = new.decided_at
            and old.level = new.level then
        if was_adoption <> is_adoption or was_recommendation <> is_recommendation then
            perform publicity_ranking_add(new.submitter_unit_id, new.decided_at, new.level, 0, 0,
                                          is_adoption::int - was_adoption::int,
                                          is_recommendation::int - was_recommendation::int);
        end if;
        return null;
    end if;
    if was_adoption or was_recommendation then
        perform publicity_ranking_add(old.submitter_unit_id, old.decided_at, old.level, 0, 0,
                                      -was_adoption::int, -was_recommendation::int);
    end if;
    if is_adoption or is_recommendation then
        perform publicity_ranking_add(new.submitter_unit_id, new.decided_at, new.level, 0, 0,
                                      is_adoption::int, is_recommendation::int);
    end if;
    return null;
end
$$;

create trigger publicity_ranking_submission
    after insert or delete or update of unit_id, first_submitted_at, live_adoptions
    on publicity_submission for each row execute function publicity_ranking_submission();
create trigger publicity_ranking_decision
    after insert or delete or update of submission_id, submitter_unit_id, decided_at, level, decision, withdrawn_at
    on publicity_decision for each row execute function publicity_ranking_decision();

-- what was there before the triggers: the days counted from the tables, the months and years summed from them
create temp table publicity_ranking_backfill as
select unit_id, day, sum(submitted) as submitted, sum(adopted_submissions) as adopted_submissions,
       count(*) filter (where adoption and level = 'NATIONAL') as adopted_national,
       count(*) filter (where adoption and level = 'PROVINCIAL') as adopted_provincial,
       count(*) filter (where adoption and level = 'PREFECTURE') as adopted_prefecture,
       count(*) filter (where adoption and level = 'COUNTY') as adopted_county,
       count(*) filter (where adoption and level = 'BRANCH') as adopted_branch,
       count(*) filter (where adoption and level = 'COMMITTEE') as adopted_committee,
       count(*) filter (where adoption and level = 'OTHER') as adopted_other,
       count(*) filter (where recommendation and level = 'NATIONAL') as recommended_national,
       count(*) filter (where recommendation and level = 'PROVINCIAL') as recommended_provincial,
       count(*) filter (where recommendation and level = 'PREFECTURE') as recommended_prefecture,
       count(*) filter (where recommendation and level = 'COUNTY') as recommended_county,
       count(*) filter (where recommendation and level = 'BRANCH') as recommended_branch,
       count(*) filter (where recommendation and level = 'COMMITTEE') as recommended_committee,
       count(*) filter (where recommendation and level = 'OTHER') as recommended_other
  from (select unit_id, (first_submitted_at at time zone 'UTC')::date as day, 1 as submitted,
               (live_adoptions > 0)::int as adopted_submissions, '' as level, false as adoption,
               false as recommendation
          from publicity_submission
         where first_submitted_at is not null
        union all
        select submitter_unit_id, (decided_at at time zone 'UTC')::date, 0, 0,
               case when level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY', 'BRANCH', 'COMMITTEE')
                    then level else 'OTHER' end,
               decision <> 'RECOMMENDED', decision <> 'ADOPTED'
          from publicity_decision
         where withdrawn_at is null and decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')) facts
 group by unit_id, day;

-- in order of the day, as the triggers will go on writing them
insert into publicity_ranking_day select * from publicity_ranking_backfill order by day, unit_id;
insert into publicity_ranking_month
select unit_id, date_trunc('month', day)::date, sum(submitted), sum(adopted_submissions),
       sum(adopted_national), sum(adopted_provincial), sum(adopted_prefecture), sum(adopted_county),
       sum(adopted_branch), sum(adopted_committee), sum(adopted_other), sum(recommended_national),
       sum(recommended_provincial), sum(recommended_prefecture), sum(recommended_county), sum(recommended_branch),
       sum(recommended_committee), sum(recommended_other)
  from publicity_ranking_backfill
 group by 1, 2 order by 2, 1;
insert into publicity_ranking_year
select unit_id, date_trunc('year', day)::date, sum(submitted), sum(adopted_submissions),
       sum(adopted_national), sum(adopted_provincial), sum(adopted_prefecture), sum(adopted_county),
       sum(adopted_branch), sum(adopted_committee), sum(adopted_other), sum(recommended_national),
       sum(recommended_provincial), sum(recommended_prefecture), sum(recommended_county), sum(recommended_branch),
       sum(recommended_committee), sum(recommended_other)
  from publicity_ranking_backfill
 group by 1, 2 order by 2, 1;
drop table publicity_ranking_backfill;

-- V106's index of the records by date stays: it now serves the hours of a period's first and last day.
