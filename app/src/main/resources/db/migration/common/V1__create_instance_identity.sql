-- Which role and country this database belongs to, so that a node's data folder can never be
-- started as another country's node or as the hub.
create table instance_identity (
    singleton  boolean primary key default true check (singleton),
    role       text not null check (role in ('NODE', 'HUB')),
    country    text check (country ~ '^[A-Z]{2}$'),
    created_at timestamptz not null default now()
);
