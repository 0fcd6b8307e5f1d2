-- The notification module (issue 9): plan no longer writes notifications, it publishes events; the notification
-- module decides who is told and how.

-- 请签收 reminders are repeated every overdue-every: plan keeps when it last chased an assignment on its own table
-- instead of looking for its earlier notification in the notification module's.
alter table assignment add column acknowledge_reminded_at timestamptz;
update assignment a set acknowledge_reminded_at = n.last
  from (select assignment_id, max(created_at) as last from notification
         where kind = 'ACKNOWLEDGE' and assignment_id is not null group by assignment_id) n
 where n.assignment_id = a.id;

-- E-mail goes to the people of the unit who chose it (or, for a unit with nobody to tell, to its contact address),
-- so the outbox has one row per notification and address, written by the module in the notification's own
-- transaction instead of by a trigger that knew only the unit. A row without address is for the unit's contact
-- address (the rows written before this migration); a row without notification is a daily digest.
drop trigger notification_mail_trigger on notification;
drop function notification_to_outbox();
alter table mail_outbox alter column notification_id drop not null;
alter table mail_outbox add column address varchar(120);
alter table mail_outbox add column subject varchar(200);
alter table mail_outbox add column body text;
alter table mail_outbox add constraint mail_outbox_content_ck check (notification_id is not null or body is not null);

-- 通知设置: each person's choice per kind (no row: the kind's default) and the daily digest.
create table notification_preference (
    account_id bigint      not null references account (id) on delete cascade,
    kind       varchar(24) not null,
    by_mail    boolean     not null,
    primary key (account_id, kind)
);

create table notification_subscriber (
    account_id     bigint       primary key references account (id) on delete cascade,
    email          varchar(120),
    daily_digest   boolean      not null default false,
    digest_sent_on date,
    updated_at     timestamptz  not null default now()
);

-- 下发/转发 notices are written once per assignment, whatever issues or forwards again
create unique index notification_assignment_once_uk on notification (assignment_id, kind)
    where kind in ('ISSUED', 'FORWARDED');

-- 查看 opens the unit's own task, not the plan page: the links written before lead there too
update notification set link = '/plans/assignments/' || assignment_id where assignment_id is not null;
