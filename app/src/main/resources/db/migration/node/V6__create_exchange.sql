-- The national contact point's messages: drafts, the outbox (sealed in the same transaction as
-- the contact point's decision to send, then dispatched to the hub with retries) and the inbox
-- (verified, opened and stored once per message id, then acknowledged to the hub).

create table exchange_message (
    id               uuid primary key,
    direction        text not null check (direction in ('OUT', 'IN')),
    counterpart      char(2) not null,
    type             text not null check (type in ('INFORMATION_REQUEST', 'REPLY',
                        'SPONTANEOUS_INFORMATION', 'HIT_FOLLOW_UP', 'JOINT_OPERATION_REQUEST',
                        'TRANSNATIONAL_REFERRAL', 'MLA_REQUEST', 'ACKNOWLEDGEMENT')),
    status           text not null check (status in ('DRAFT', 'QUEUED', 'SENT', 'RECEIVED',
                        'READ', 'QUARANTINED')),
    priority         text not null check (priority in ('URGENT', 'NORMAL')),
    deadline         timestamptz,
    handling_code    text not null check (handling_code in ('H0', 'H1', 'H2', 'H3')),
    handling_text    text,
    source_code      char(1) not null check (source_code in ('A', 'B', 'C', 'X')),
    information_code char(1) not null check (information_code in ('1', '2', '3', '4')),
    subject          text not null,
    content          bytea not null,
    content_key      text not null,
    subjects         bytea,
    case_reference   text,
    in_reply_to      uuid,
    forwarded_from   uuid,
    answered_at      timestamptz,
    reminded_at      timestamptz,
    escalated_at     timestamptz,
    ack_state        text check (ack_state in ('DELIVERED', 'READ', 'ACCEPTED', 'REFUSED')),
    ack_reason       text,
    ack_at           timestamptz,
    drafted_by       text,
    sent_by          text,
    sealed           bytea,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    received_at      timestamptz,
    read_at          timestamptz,
    read_by          text,
    quarantine_reason text,
    version          integer not null default 0,
    check ((status = 'QUARANTINED') = (quarantine_reason is not null))
);
create index exchange_outbox on exchange_message (next_attempt_at) where status = 'QUEUED';
create index exchange_by_case on exchange_message (case_reference, created_at);
create index exchange_by_box on exchange_message (direction, status, created_at desc);
comment on table exchange_message is 'never-deleted: messages with other contact points; content encrypted under the node key';
comment on column exchange_message.content is 'AES-256-GCM ciphertext of the message body under the node key';
comment on column exchange_message.subjects is 'AES-256-GCM ciphertext of the persons a request is about (names, birth dates, phones, documents)';

-- The originator's permission to pass an H2 item on to a third country, as recorded by the
-- contact point (with the reference of the originator's message granting it).
create table exchange_permission (
    message_id        uuid not null references exchange_message (id),
    country           char(2) not null,
    granted_reference text not null,
    recorded_by       text not null,
    recorded_at       timestamptz not null,
    primary key (message_id, country)
);
comment on table exchange_permission is 'append-only: originators'' permissions to forward H2 items';
