-- The region's hit/no-hit index: keyed Bloom-filter encodings (1024 bits) of what each node makes
-- searchable, under an opaque reference only that node can resolve. No name, date or number is
-- ever stored here; the hub has no key to make or test an encoding.
create table hit_entry (
    node       char(2) not null,
    ref        text not null check (ref ~ '^[A-Za-z0-9_-]{16,64}$'),
    kind       text not null check (kind in ('PERSON', 'PHONE', 'DOCUMENT')),
    key_id     text not null check (key_id ~ '^[0-9a-f]{16}$'),
    encoding   bytea not null check (octet_length(encoding) = 128),
    updated_at timestamptz not null,
    primary key (node, ref)
);
comment on table hit_entry is 'encodings only: no clear personal data';

-- Who asked (a node and a pseudonymous requester id only the node can resolve), for what kind,
-- and how many countries answered with a hit. Never the encoding asked with.
create table hit_query_log (
    id        bigint generated always as identity primary key,
    node      char(2) not null,
    requester text not null,
    kind      text not null,
    asked_at  timestamptz not null,
    hits      integer not null
);
create index hit_query_log_by_requester on hit_query_log (node, requester, asked_at);
comment on table hit_query_log is 'append-only: metadata of hit/no-hit queries';

-- What a node is told about its own references: another country's query hit one (HIT), or the
-- bulk linkage found the same subject in another country (LINK). Pulled by the node.
create table hit_notice (
    id         bigint generated always as identity primary key,
    node       char(2) not null,
    kind       text not null check (kind in ('HIT', 'LINK')),
    own_ref    text not null,
    other_node char(2) not null,
    other_ref  text,
    band       text not null,
    created_at timestamptz not null,
    delivered_at timestamptz
);
-- A node takes its undelivered notices and acknowledges them: none is skipped, whatever order
-- their transactions commit in.
create index hit_notice_undelivered on hit_notice (node, id) where delivered_at is null;

-- Links the bulk linkage has announced, so that each is announced once.
create table hit_link (
    node_a   char(2) not null,
    ref_a    text not null,
    node_b   char(2) not null,
    ref_b    text not null,
    score    real not null,
    found_at timestamptz not null,
    primary key (node_a, ref_a, node_b, ref_b)
);

create table hit_linkage_run (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    compared    bigint not null,
    links       integer not null,
    new_links   integer not null
);
