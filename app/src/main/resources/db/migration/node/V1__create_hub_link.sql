-- What the node knows of its link to the hub, kept so that an operator sees it after a restart.
create table hub_link (
    singleton          boolean primary key default true check (singleton),
    last_attempt_at    timestamptz,
    last_success_at    timestamptz,
    last_error         text,
    consecutive_errors integer not null default 0
);
insert into hub_link (singleton) values (true);
