-- The joint database's standing counts: per source, case type, year, quarter (0 for a record published by
-- year only, as CTDC's are), dimension (or MODUS for an exploitation|recruitment|transport
-- combination) and value, the number of records not withdrawn. Every write to joint_record changes
-- them in the same transaction (core's Rollup), so that a report sums a few thousand rows instead
-- of scanning every record. Records already held are counted when the hub next starts.
create table joint_count (
    source    text not null,
    case_type text not null,
    year      smallint not null,
    quarter   smallint not null check (quarter between 0 and 4),
    dimension text not null,
    value     text not null,
    n         bigint not null check (n >= 0),
    primary key (source, case_type, year, quarter, dimension, value)
);
comment on table joint_count is 'counts of de-identified records, never fewer than nothing';

-- The report no longer scans records by period.
drop index joint_record_by_period;

-- A node's record is found by its opaque id; CTDC's rows are never looked up one by one, and
-- bulk imports of millions of them do not pay for a unique index on text.
alter table joint_record drop constraint joint_record_source_source_ref_key;
create unique index joint_record_node_ref on joint_record (source, source_ref)
    where source <> 'CTDC';
