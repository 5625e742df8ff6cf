-- The nodes that have registered with the hub, and when each was last heard from.
create table federated_node (
    country                 text primary key check (country ~ '^[A-Z]{2}$'),
    certificate_fingerprint char(64) not null,
    software_version        text not null,
    registered_at           timestamptz not null,
    last_seen_at            timestamptz not null
);

-- Nonces of signed federation requests, kept for the acceptance window so a replay is refused.
create table federation_nonce (
    party   text not null,
    nonce   text not null,
    seen_at timestamptz not null,
    primary key (party, nonce)
);
create index federation_nonce_by_age on federation_nonce (seen_at);
