-- Files that travel with a message, inside its seal. Kept encrypted at rest like the message body,
-- checked against their SHA-256 on the way in and on every read, never deleted.
create table exchange_attachment (
    id           bigint generated always as identity primary key,
    public_id    uuid not null unique,
    message_id   uuid not null references exchange_message (id),
    file_name    text not null,
    content_type text not null check (content_type in ('application/pdf', 'image/jpeg',
                    'image/png', 'text/plain')),
    size_bytes   integer not null check (size_bytes > 0),
    sha256       char(64) not null,
    content      bytea not null,
    content_key  text not null,
    added_at     timestamptz not null,
    added_by     text not null
);
create index exchange_attachment_by_message on exchange_attachment (message_id);
comment on table exchange_attachment is 'never-deleted: AES-GCM encrypted files of sealed messages';
