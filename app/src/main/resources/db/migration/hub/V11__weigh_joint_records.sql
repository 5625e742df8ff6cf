-- CTDC's k-anonymised file repeats the same row many times (a third of the sample's rows are
-- distinct): one row of joint_record may now stand for several identical records of its source.
-- A node's record is always 1; every count (joint_count, the recount, the Parquet export) weighs
-- a row by it. A constant default: the rows already held are not rewritten (the check reads them
-- once).
alter table joint_record add column weight integer not null default 1 check (weight > 0);
comment on column joint_record.weight is 'how many identical records of the source this row stands for';
