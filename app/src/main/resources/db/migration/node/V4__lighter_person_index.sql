-- The blind index is derived data: its rows are written and replaced only together with their
-- person, in the same transaction (registration, identity correction, key rotation). The
-- foreign key made PostgreSQL run one lookup per index row, a third of the time of a bulk import
-- (five to ten rows per person); its integrity is checked instead by the registry's tests.
alter table person_index drop constraint person_index_person_id_fkey;

-- Corrections find a person's old entries through the lookup index, by their hashes: the second
-- index on person_id only slowed every insert.
drop index person_index_by_person;
