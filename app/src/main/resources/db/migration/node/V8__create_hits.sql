-- What this node publishes to the region's hit/no-hit index: an opaque reference per searchable
-- person, phone or document, random, resolvable only here. The encoding itself is not kept: the
-- person's version tells when it must be made again. published_at is null while the hub has not
-- confirmed the reference: the next run sends it again under the same reference.
create table hit_reference (
    ref          text primary key,
    kind         text not null check (kind in ('PERSON', 'PHONE', 'DOCUMENT')),
    person_id    bigint not null references person (id),
    item         integer not null,
    key_id       text not null,
    person_version integer not null,
    published_at timestamptz,
    withdrawn_at timestamptz,
    unique (person_id, kind, item, key_id)
);
create index hit_reference_by_key on hit_reference (key_id) where withdrawn_at is null;
comment on table hit_reference is 'opaque references published to the hub; never the encodings';

-- Every query this node's officials asked the region, and the answers (bands and references).
create table hit_query (
    id             uuid primary key,
    username       text not null,
    kind           text not null,
    person         text,
    asked_at       timestamptz not null,
    answers        jsonb not null
);
create index hit_query_by_user on hit_query (username, asked_at);
comment on table hit_query is 'append-only: hit/no-hit queries, never their clear input';

-- What the hub told this node about its own references.
create table hit_notice (
    hub_id      bigint primary key,
    kind        text not null check (kind in ('HIT', 'LINK')),
    own_ref     text not null,
    other_country char(2) not null,
    other_ref   text,
    band        text not null,
    created_at  timestamptz not null,
    received_at timestamptz not null
);
