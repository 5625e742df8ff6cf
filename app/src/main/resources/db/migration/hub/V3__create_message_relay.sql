-- The hub's relay of sealed messages between national contact points. The hub stores and
-- forwards what it cannot read: sender, recipient, priority, deadline, size and an id; the sealed
-- bytes are dropped once the recipient has acknowledged them, the metadata stays as the relay log.

alter table federated_node add column certificate_pem text;

create table relay_message (
    id           uuid primary key,
    seq          bigint generated always as identity unique,
    sender       char(2) not null,
    recipient    char(2) not null,
    priority     text not null check (priority in ('URGENT', 'NORMAL')),
    deadline     timestamptz,
    size_bytes   integer not null check (size_bytes > 0),
    sealed       bytea,
    received_at  timestamptz not null,
    delivered_at timestamptz,
    check ((delivered_at is null) = (sealed is not null))
);
create index relay_pending on relay_message (recipient, seq) where delivered_at is null;
comment on table relay_message is 'never-deleted: relay log of sealed messages (metadata only once delivered)';
