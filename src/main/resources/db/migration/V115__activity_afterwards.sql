-- 活动总结: what the organiser's staff write after an activity is held, and the news draft made from it.
-- Its own table rather than columns on activity, so registration and check-in can change that row freely.
create table activity_summary (
    activity_id        bigint       primary key references activity (id) on delete cascade,
    summary_html       text         not null default '',
    -- the 工作动态 draft made from it in publicity (one step to news); kept so a second click shows the same draft
    news_submission_id bigint,
    version            int          not null default 0,
    updated_by         bigint       references account (id),
    updated_at         timestamptz  not null
);

-- 活动照片, with captions and a thumbnail beside each (as publicity keeps its photos).
create table activity_photo (
    activity_id  bigint       not null references activity (id) on delete cascade,
    file_id      bigint       not null references stored_file (id),
    thumbnail_id bigint       references stored_file (id),
    caption      varchar(200),
    ordinal      int          not null default 0,
    primary key (activity_id, file_id)
);
