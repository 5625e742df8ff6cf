-- What the region shares through the hub in clear because it names no victim: the directory
-- (institutions, contact points, interpreters...), meetings, joint operations and trainings. Every
-- record is owned by one country, which alone edits it; the others hold a copy, so the whole
-- region's directory stays readable on a node while the hub is down. A record is never deleted:
-- a removal is a new version marked deleted. audience null means every country.
create table regional_record (
    kind           text not null check (kind ~ '^[a-z][a-z-]{0,39}$'),
    id             uuid not null,
    country        text not null check (country ~ '^[A-Z]{2}$'),
    version        integer not null check (version > 0),
    audience       text[],
    body           jsonb not null,
    deleted        boolean not null default false,
    updated_at     timestamptz not null,
    updated_by     text not null,
    pushed_version integer not null default 0,
    primary key (kind, id)
);
create index regional_record_unpushed on regional_record (kind, id) where pushed_version < version;
comment on table regional_record is 'the region''s shared records, own and replicated; no victim data';

-- Every version of every record this node has held.
create table regional_record_version (
    kind       text not null,
    id         uuid not null,
    version    integer not null,
    body       jsonb not null,
    deleted    boolean not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (kind, id, version)
);

-- How far this node has read the hub's feed of changes.
create table regional_record_cursor (
    singleton boolean primary key default true check (singleton),
    seq       bigint not null
);
insert into regional_record_cursor (seq) values (0);

-- The harmonized manual as generated: each edition kept, dated and numbered per language, so
-- that what an officer printed can be found again.
create table manual_edition (
    id           uuid primary key,
    language     text not null,
    version      integer not null check (version > 0),
    generated_at timestamptz not null,
    generated_by text not null,
    sha256       text not null,
    pdf          bytea not null,
    unique (language, version)
);
