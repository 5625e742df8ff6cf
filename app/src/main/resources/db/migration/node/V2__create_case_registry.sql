-- The node's case registry, aligned with IOM's HTCDS 2.0 (HTCDS by IOM, CC BY 4.0).
-- Identities are never stored in clear: person.identity holds AES-GCM ciphertext under a node key
-- kept outside the database; search uses keyed hashes (blind indexes) of normalised names, dates
-- and phones. Nothing here is ever deleted: corrections keep the previous version, voiding needs a
-- reason.

create table case_file (
    id                 bigint generated always as identity primary key,
    public_id          uuid not null unique,
    reference          text not null unique,
    kind               text not null check (kind in ('TRAFFICKING', 'SMUGGLING')),
    status             text not null check (status in ('DETECTED', 'UNDER_IDENTIFICATION',
                          'IDENTIFIED', 'REFERRED', 'UNDER_INVESTIGATION', 'PROSECUTED', 'CLOSED')),
    closed_reason      text,
    detected_on        date not null,
    detected_country   char(2) not null,
    detected_place     text,
    latitude           double precision check (latitude between -90 and 90),
    longitude          double precision check (longitude between -180 and 180),
    exploitation_types text[] not null default '{}',
    labour_sector      text,
    recruitment_method text,
    recruitment_apps   text[] not null default '{}',
    means_of_control   text[] not null default '{}',
    communication      text[] not null default '{}',
    crime_group        text,
    consent_given      boolean not null default false,
    version            integer not null default 0,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz not null,
    voided_at          timestamptz,
    voided_by          text,
    void_reason        text,
    check ((voided_at is null) = (void_reason is null))
);
create index case_file_by_status on case_file (status) where voided_at is null;
create index case_file_by_detection on case_file (detected_on);
comment on table case_file is 'never-deleted: void with a reason instead';

create table case_file_version (
    case_id    bigint not null references case_file (id),
    version    integer not null,
    snapshot   jsonb not null,
    changed_at timestamptz not null,
    changed_by text not null,
    primary key (case_id, version)
);
comment on table case_file_version is 'append-only: previous versions of a case';

create table case_transition (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file (id),
    from_status text not null,
    to_status   text not null,
    reason      text,
    at          timestamptz not null,
    by_user     text not null
);
create index case_transition_by_case on case_transition (case_id, at);
comment on table case_transition is 'append-only: who moved a case, when and why';

create table case_team_member (
    case_id  bigint not null references case_file (id),
    username text not null,
    added_at timestamptz not null,
    added_by text not null,
    primary key (case_id, username)
);
create index case_team_by_user on case_team_member (username);
comment on table case_team_member is 'never-deleted: need-to-know team of a case';

create sequence person_pseudonym_seq;
create sequence case_reference_seq;

create table person (
    id                    bigint generated always as identity primary key,
    public_id             uuid not null unique,
    pseudonym             text not null unique,
    gender                text not null check (gender in ('Feminine', 'Masculine',
                             'TransgenderFeminine', 'TransgenderMasculine', 'NonConforming',
                             'NonSpecifiedUnknown')),
    citizenship           char(2),
    data_subject_category text not null check (data_subject_category in ('SUSPECT', 'CONVICTED',
                             'VICTIM', 'WITNESS', 'OTHER')),
    identity              bytea not null,
    identity_key          text not null,
    version               integer not null default 0,
    created_at            timestamptz not null,
    created_by            text not null,
    updated_at            timestamptz not null
);
comment on table person is 'never-deleted: identity is AES-GCM ciphertext under a node key';
comment on column person.identity is 'AES-256-GCM ciphertext of names, birth date, documents, phones, addresses';

create table person_version (
    person_id    bigint not null references person (id),
    version      integer not null,
    identity     bytea not null,
    identity_key text not null,
    changed_at   timestamptz not null,
    changed_by   text not null,
    primary key (person_id, version)
);
comment on table person_version is 'append-only: previous identity versions, still encrypted';

-- Blind indexes: keyed hashes (HMAC-SHA-256, truncated) of spelling-insensitive name tokens,
-- birth dates (also day/month swapped) and E.164 phones. Equal inputs give equal hashes; the
-- table reveals nothing without the node's index key.
create table person_index (
    person_id bigint not null references person (id),
    field     char(1) not null check (field in ('G', 'S', 'D', 'P', 'N')),
    hash      bytea not null
);
-- Searches read only this index (index-only scans): no heap visit per matching token.
create index person_index_lookup on person_index (hash) include (person_id, field);
create index person_index_by_person on person_index (person_id);
comment on table person_index is 'blind index: G given-name token, S surname token, D birth date, P phone, N document number';

create table case_person (
    case_id          bigint not null references case_file (id),
    person_id        bigint not null references person (id),
    role             text not null check (role in ('PRESUMED_VICTIM', 'IDENTIFIED_VICTIM',
                        'SUSPECT', 'PERPETRATOR', 'SMUGGLED_MIGRANT', 'WITNESS')),
    perpetrator_role text,
    added_at         timestamptz not null,
    primary key (case_id, person_id, role)
);
create index case_person_by_person on case_person (person_id);
comment on table case_person is 'never-deleted: a person''s roles in a case';

create table case_event (
    id             bigint generated always as identity primary key,
    case_id        bigint not null references case_file (id),
    kind           text not null check (kind in ('Recruitment', 'Transit', 'Exploitation')),
    occurred_on    date,
    country        char(2),
    place          text,
    latitude       double precision,
    longitude      double precision,
    border_crossing text,
    transport      text,
    position       integer not null
);
create index case_event_by_case on case_event (case_id, position);
comment on table case_event is 'never-deleted: historic trafficking events and route legs';

create table case_note (
    id               bigint generated always as identity primary key,
    case_id          bigint not null references case_file (id),
    kind             text not null check (kind in ('FACT', 'ASSESSMENT')),
    body             text not null,
    source           text not null,
    source_code      char(1) not null check (source_code in ('A', 'B', 'C', 'X')),
    information_code char(1) not null check (information_code in ('1', '2', '3', '4')),
    at               timestamptz not null,
    author           text not null
);
create index case_note_by_case on case_note (case_id, at);
comment on table case_note is 'append-only: statements with their source and evaluation codes';

create table break_glass_access (
    id         bigint generated always as identity primary key,
    person_id  bigint not null references person (id),
    username   text not null,
    reason     text not null,
    at         timestamptz not null,
    reviewed_by text,
    reviewed_at timestamptz
);
comment on table break_glass_access is 'never-deleted: emergency identity views for the node administrator to review';
