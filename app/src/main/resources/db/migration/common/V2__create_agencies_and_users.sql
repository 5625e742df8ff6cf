-- Agencies and their officials. Public ids are stable across exports; primary keys stay inside.
create table agency (
    id        bigint generated always as identity primary key,
    public_id uuid not null unique,
    code      text not null unique,
    kind      text not null check (kind in ('POLICE', 'BORDER_POLICE', 'PROSECUTOR_OFFICE',
                 'LABOUR_INSPECTORATE', 'SOCIAL_WELFARE', 'NGO', 'MINISTRY', 'ILECU',
                 'REGIONAL_PLATFORM')),
    name      text not null,
    country   text not null check (country ~ '^[A-Z]{2}$' or country = 'REGION')
);

create table app_user (
    id                 bigint generated always as identity primary key,
    public_id          uuid not null unique,
    username           text not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name       text not null,
    email              text,
    password_hash      text,
    agency_id          bigint references agency (id),
    preferred_language text not null default 'en',
    enabled            boolean not null default true,
    failed_attempts    integer not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz not null default now()
);

create table user_role (
    user_id bigint not null references app_user (id),
    role    text not null check (role in ('FIRST_LINE_OFFICER', 'SCREENING_TEAM_MEMBER',
               'CONTACT_POINT', 'PROSECUTOR', 'ANALYST', 'NODE_ADMIN', 'HUB_ADMIN')),
    primary key (user_id, role)
);
