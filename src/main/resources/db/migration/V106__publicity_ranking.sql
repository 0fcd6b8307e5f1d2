-- 信息报送排名 at national scale: per unit and calendar month (UTC), the submissions first submitted and the live
-- decisions, kept up to date by triggers on the V104 tables in the same transaction as each write, whoever makes it
-- (the review workflow, the demo, a test, an operator's SQL). A ranking over a period reads the whole months inside
-- it from here and only the days at its edges from the tables themselves; points are still computed when read,
-- joining publicity_points, so a change of the points shows at once. A row is a unit's month for one level of
-- decision; level '' holds the submission facts (submitted, adopted_submissions).
-- 采用率 counts the submissions adopted at least once by a decision not withdrawn: how many such adoptions each has,
-- kept by the decision trigger below, independent of the columns the review workflow maintains for its lists.
alter table publicity_submission add column live_adoptions int not null default 0;
update publicity_submission s
   set live_adoptions = (select count(*) from publicity_decision d where d.submission_id = s.id
                            and d.withdrawn_at is null and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED'));

create table publicity_ranking_month (
    unit_id             bigint       not null,
    unit_path           varchar(600) collate "C" not null,
    month               date         not null,
    level               varchar(20)  not null,
    submitted           int          not null default 0,
    -- submitted that month and adopted now at some level (publicity_submission.live_adoptions > 0)
    adopted_submissions int          not null default 0,
    adopted             int          not null default 0,
    recommended         int          not null default 0,
    primary key (unit_path, month, level, unit_id)
);

-- What one row of publicity_submission or publicity_decision adds to the months: a row's old contribution is taken
-- away and its new one added, so an update of any kind (submitted, adopted, withdrawn, the unit moved) stays right.
create function publicity_ranking_add(p_unit_id bigint, p_unit_path varchar, p_at timestamptz, p_level varchar,
        p_submitted int, p_adopted_submissions int, p_adopted int, p_recommended int) returns void
language sql as $$
    insert into publicity_ranking_month as m (unit_id, unit_path, month, level, submitted, adopted_submissions,
                                              adopted, recommended)
    values (p_unit_id, p_unit_path, date_trunc('month', p_at at time zone 'UTC')::date, p_level, p_submitted,
            p_adopted_submissions, p_adopted, p_recommended)
    on conflict (unit_path, month, level, unit_id) do update
       set submitted = m.submitted + excluded.submitted,
           adopted_submissions = m.adopted_submissions + excluded.adopted_submissions,
           adopted = m.adopted + excluded.adopted,
           recommended = m.recommended + excluded.recommended
$$;

create function publicity_ranking_submission() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.first_submitted_at is not null then
        perform publicity_ranking_add(old.unit_id, old.unit_path, old.first_submitted_at, '', -1,
                                      -(old.live_adoptions > 0)::int, 0, 0);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.first_submitted_at is not null then
        perform publicity_ranking_add(new.unit_id, new.unit_path, new.first_submitted_at, '', 1,
                                      (new.live_adoptions > 0)::int, 0, 0);
    end if;
    return null;
end
$$;

create function publicity_ranking_decision() returns trigger
language plpgsql as $$
declare
    was_adoption boolean := tg_op in ('UPDATE', 'DELETE') and old.withdrawn_at is null
                            and old.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED');
    is_adoption  boolean := tg_op in ('UPDATE', 'INSERT') and new.withdrawn_at is null
                            and new.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED');
begin
    if was_adoption then
        update publicity_submission set live_adoptions = live_adoptions - 1 where id = old.submission_id;
    end if;
    if is_adoption then
        update publicity_submission set live_adoptions = live_adoptions + 1 where id = new.submission_id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.withdrawn_at is null
            and old.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED') then
        perform publicity_ranking_add(old.submitter_unit_id, old.submitter_unit_path, old.decided_at, old.level, 0, 0,
                                      -(old.decision <> 'RECOMMENDED')::int, -(old.decision <> 'ADOPTED')::int);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.withdrawn_at is null
            and new.decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED') then
        perform publicity_ranking_add(new.submitter_unit_id, new.submitter_unit_path, new.decided_at, new.level, 0, 0,
                                      (new.decision <> 'RECOMMENDED')::int, (new.decision <> 'ADOPTED')::int);
    end if;
    return null;
end
$$;

create trigger publicity_ranking_submission
    after insert or delete or update of unit_id, unit_path, first_submitted_at, live_adoptions
    on publicity_submission for each row execute function publicity_ranking_submission();
create trigger publicity_ranking_decision
    after insert or delete or update of submission_id, submitter_unit_id, submitter_unit_path, decided_at, level,
        decision, withdrawn_at
    on publicity_decision for each row execute function publicity_ranking_decision();

-- what was there before the triggers
insert into publicity_ranking_month (unit_id, unit_path, month, level, submitted, adopted_submissions)
select unit_id, unit_path, date_trunc('month', first_submitted_at at time zone 'UTC')::date, '', count(*),
       count(*) filter (where live_adoptions > 0)
  from publicity_submission where first_submitted_at is not null
 group by 1, 2, 3;
insert into publicity_ranking_month (unit_id, unit_path, month, level, adopted, recommended)
select submitter_unit_id, submitter_unit_path, date_trunc('month', decided_at at time zone 'UTC')::date, level,
       count(*) filter (where decision <> 'RECOMMENDED'), count(*) filter (where decision <> 'ADOPTED')
  from publicity_decision
 where withdrawn_at is null and decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
 group by 1, 2, 3, 4;

-- the days at a period's edges, read from the tables by date whatever the subtree (at most a month each side)
create index publicity_submission_submitted_idx on publicity_submission (first_submitted_at)
    include (unit_id, unit_path, live_adoptions) where first_submitted_at is not null;
create index publicity_decision_decided_idx on publicity_decision (decided_at)
    include (submitter_unit_id, submitter_unit_path, level, decision) where withdrawn_at is null;
