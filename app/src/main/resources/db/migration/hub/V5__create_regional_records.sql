-- The hub's copy of every country's shared records (directory, meetings, joint operations,
-- trainings), in the order it received them: seq is the feed that nodes read from their cursor.
-- Pushes are serialised (an advisory lock held to commit), so seq commits in order and no reader
-- skips a change. A country may write only its own records; a stale version is ignored.
-- reached and ever_public remember who was ever in the audience: a country dropped from it is
-- sent a deleted marker (without the new content) so that it does not keep a stale copy.
create table regional_record (
    kind        text not null check (kind ~ '^[a-z][a-z-]{0,39}$'),
    id          uuid not null,
    country     text not null check (country ~ '^[A-Z]{2}$'),
    version     integer not null check (version > 0),
    audience    text[],
    body        jsonb not null,
    deleted     boolean not null,
    reached     text[] not null default '{}',
    ever_public boolean not null default false,
    seq         bigint not null unique,
    received_at timestamptz not null,
    primary key (kind, id)
);
create sequence regional_record_seq;
comment on table regional_record is 'shared records of the region as last pushed by their owners';
