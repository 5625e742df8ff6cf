-- The hash-chained audit trail (Law Enforcement Directive Art. 25): who, what, when, why.
-- Each entry's hash covers its fields and the previous entry's hash; sequence numbers have no gaps.
create table audit_log (
    sequence      bigint primary key check (sequence >= 1),
    at            timestamptz not null,
    actor         text not null,
    action        text not null,
    object_type   text not null,
    object_id     text not null,
    purpose       text not null,
    outcome       text not null,
    details       text not null,
    previous_hash char(64) not null,
    hash          char(64) not null unique
);
create index audit_log_by_actor on audit_log (actor, at);
create index audit_log_by_object on audit_log (object_type, object_id);

comment on table audit_log is 'append-only: hash-chained audit trail; the application may only insert and read';

create function audit_log_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
