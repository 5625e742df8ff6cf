-- The joint regional database: de-identified records of the region's nodes beside CTDC's
-- published k-anonymised global records, with CTDC's variables. A record names nobody: no name,
-- no exact date, no document, phone or address; ages are CTDC's bands, dates a year and quarter.
-- A node's record is replaced by a newer version of it (a correction) and may be withdrawn.
create table joint_record (
    id                      bigint generated always as identity primary key,
    source                  text not null check (source = 'CTDC' or source ~ '^[A-Z]{2}$'),
    source_ref              text not null,
    version                 integer not null default 1 check (version > 0),
    withdrawn               boolean not null default false,
    case_type               text not null check (case_type in ('THB', 'SMUGGLING')),
    year                    smallint not null check (year between 1990 and 2100),
    quarter                 smallint check (quarter between 1 and 4),
    data_source             text,
    gender                  text check (gender in ('Female', 'Male', 'Transgender/NonConforming')),
    age_broad               text check (age_broad in ('0--8', '9--17', '18--20', '21--23',
                               '24--26', '27--29', '30--38', '39--47', '48+')),
    majority_status         text check (majority_status in ('Adult', 'Minor')),
    citizenship             text check (citizenship ~ '^[A-Z]{2}$'),
    country_of_exploitation text check (country_of_exploitation ~ '^[A-Z]{2}$'),
    means_of_control        text[] not null default '{}',
    exploitation            text[] not null default '{}',
    labour_types            text[] not null default '{}',
    sex_types               text[] not null default '{}',
    recruiter_relation      text[] not null default '{}',
    is_abduction            boolean,
    recruitment             text[] not null default '{}',
    communication           text[] not null default '{}',
    transport               text[] not null default '{}',
    route                   text[] not null default '{}',
    border_crossing         text,
    perpetrators            text check (perpetrators in ('1', '2-3', '4-9', '10+')),
    perpetrator_roles       text[] not null default '{}',
    received_at             timestamptz not null,
    unique (source, source_ref)
);
create index joint_record_by_period on joint_record (year, quarter) where not withdrawn;
comment on table joint_record is 'de-identified records only: no direct identifier, no exact date';

-- Each CTDC file imported, so that the same file is not counted twice.
create table ctdc_import (
    id          bigint generated always as identity primary key,
    file_name   text not null,
    sha256      text not null unique,
    rows        integer not null,
    imported_at timestamptz not null,
    imported_by text not null
);
