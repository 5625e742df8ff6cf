-- The regional indicator catalogue: every published version, kept for ever, so that a screening
-- made with version N can be explained with version N years later. Nodes pull the latest.
create table catalogue_version (
    version        integer primary key check (version >= 1),
    indicators_csv text not null,
    questions_csv  text not null,
    notes          text not null,
    published_at   timestamptz not null,
    published_by   text not null
);
comment on table catalogue_version is 'append-only: published versions of the indicator catalogue';
