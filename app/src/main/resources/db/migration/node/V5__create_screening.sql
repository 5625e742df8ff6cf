-- Harmonized identification on the node: the catalogue versions received from the hub, first-line
-- screenings (drafts saved as answers come), the second-stage mixed team, and referral to
-- facilities.

create table catalogue_copy (
    version        integer primary key check (version >= 1),
    indicators_csv text not null,
    questions_csv  text not null,
    received_at    timestamptz not null
);
comment on table catalogue_copy is 'append-only: catalogue versions pulled from the hub';

create table screening (
    id                 bigint generated always as identity primary key,
    public_id          uuid not null unique,
    case_id            bigint not null references case_file (id),
    person_id          bigint not null references person (id),
    catalogue_version  integer not null,
    status             text not null check (status in ('DRAFT', 'DECIDED', 'SECOND_STAGE',
                          'CONFIRMED', 'REJECTED', 'RECATEGORISED')),
    answers            jsonb not null,
    interpreter_used   boolean not null default false,
    interview_language text,
    decision           jsonb,
    categories         text[] not null default '{}',
    screened_by        text not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    decided_at         timestamptz,
    version            integer not null default 0
);
create index screening_by_case on screening (case_id);
create index screening_by_status on screening (status);
comment on table screening is 'never-deleted: first-line screenings, each with its catalogue version';

create table second_stage (
    screening_id bigint primary key references screening (id),
    referred_by  text not null,
    referred_at  timestamptz not null,
    due_at       timestamptz not null,
    lead         text,
    assigned_by  text,
    assigned_at  timestamptz,
    outcome      text check (outcome in ('CONFIRMED', 'REJECTED', 'RECATEGORISED')),
    categories   text[],
    reasons      text,
    decided_by   text,
    decided_at   timestamptz,
    check ((outcome is null) = (decided_at is null))
);
create index second_stage_open on second_stage (due_at) where outcome is null;
comment on table second_stage is 'never-deleted: the mixed team assigned to a screening and its decision';

create table second_stage_member (
    screening_id bigint not null references second_stage (screening_id),
    username     text not null,
    profession   text not null check (profession in ('POLICE', 'SOCIAL_WORKER', 'PSYCHOLOGIST',
                    'LABOUR_INSPECTOR', 'DOCTOR', 'LAWYER', 'NGO', 'CHILD_PROTECTION', 'OTHER')),
    primary key (screening_id, username)
);
comment on table second_stage_member is 'never-deleted: members of a second-stage team';

create table second_stage_assessment (
    id           bigint generated always as identity primary key,
    screening_id bigint not null references second_stage (screening_id),
    username     text not null,
    profession   text not null,
    opinion      text not null check (opinion in ('CONFIRM', 'REJECT', 'CHANGE_CATEGORY')),
    categories   text[] not null default '{}',
    reasons      text not null,
    at           timestamptz not null
);
create index second_stage_assessment_by_screening on second_stage_assessment (screening_id, at);
comment on table second_stage_assessment is 'append-only: each team member''s assessment';

create table facility (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    kind        text not null check (kind in ('SHELTER', 'RECEPTION_CENTRE', 'CHILD_PROTECTION',
                   'ASYLUM_OFFICE', 'HEALTH')),
    place       text not null,
    categories  text[] not null,
    capacity    integer not null check (capacity >= 0),
    occupancy   integer not null check (occupancy >= 0),
    languages   text[] not null default '{}',
    accessible  boolean not null default false,
    contact     text,
    updated_at  timestamptz not null
);
comment on table facility is 'never-deleted: places a person can be referred to, with capacity';

create table referral (
    id              bigint generated always as identity primary key,
    public_id       uuid not null unique,
    screening_id    bigint not null references screening (id),
    facility_id     bigint references facility (id),
    destination     char(2),
    status          text not null check (status in ('PROPOSED', 'ACCEPTED', 'REFUSED', 'ARRIVED',
                       'PREPARED_FOR_EXCHANGE', 'CANCELLED')),
    override_reason text,
    proposed_by     text not null,
    proposed_at     timestamptz not null,
    answered_by     text,
    answered_at     timestamptz,
    refusal_reason  text,
    arrived_at      timestamptz,
    check ((facility_id is null) <> (destination is null))
);
create index referral_by_screening on referral (screening_id);
create index referral_by_facility on referral (facility_id, status);
comment on table referral is 'never-deleted: referrals of a screened person, tracked until arrival';
