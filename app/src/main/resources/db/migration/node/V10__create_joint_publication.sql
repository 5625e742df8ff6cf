-- What this node has published to the joint regional database. Each victim or smuggled migrant of
-- a case has one record there, named by a random opaque id kept only here (never derived from the
-- case reference or the person), so that a correction replaces the same record on the hub.
-- case_id and person_id stay on the node.
create table joint_publication (
    case_id         bigint not null,
    person_id       bigint not null,
    source_ref      uuid not null unique,
    version         integer not null default 0 check (version >= 0),
    state           text not null check (state in ('NEW', 'PUBLISHED', 'HELD_BACK', 'WITHDRAWN')),
    fingerprint     text,
    generalised     text,
    held_class      text,
    held_class_size integer,
    updated_at      timestamptz not null,
    primary key (case_id, person_id)
);
comment on table joint_publication is 'version: the last version sent to the hub; fingerprint: of the record the hub holds';
comment on column joint_publication.held_class is 'the quasi-identifier values of the class that stayed below k, never an identity';

-- Each publication run, with counts only.
create table joint_publication_run (
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    by_user      text not null,
    outcome      text not null check (outcome in ('SENT', 'NOTHING_NEW', 'HUB_UNREACHABLE')),
    published    integer not null,
    generalised  integer not null,
    withdrawn    integer not null,
    held_back    integer not null,
    unchanged    integer not null
);
