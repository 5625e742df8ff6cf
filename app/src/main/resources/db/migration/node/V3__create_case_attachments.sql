-- Documents of a case (statements, photos, scans): encrypted like identities, checked by SHA-256
-- on the way in and on every read, never deleted.
create table case_attachment (
    id           bigint generated always as identity primary key,
    public_id    uuid not null unique,
    case_id      bigint not null references case_file (id),
    file_name    text not null,
    content_type text not null check (content_type in ('application/pdf', 'image/jpeg',
                    'image/png', 'text/plain')),
    size_bytes   integer not null check (size_bytes > 0),
    sha256       char(64) not null,
    content      bytea not null,
    content_key  text not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null,
    voided_at    timestamptz,
    void_reason  text
);
create index case_attachment_by_case on case_attachment (case_id);
comment on table case_attachment is 'never-deleted: AES-GCM encrypted documents with their SHA-256';
