-- The head of the audit chain, read under the chain's lock in one round trip. A volatile PL/pgSQL
-- function takes a fresh snapshot for each statement, so in READ COMMITTED the head is read after
-- the lock is held and sees the entry its previous holder committed.
create function audit_chain_head(lock_key bigint, out head_sequence bigint, out head_hash text)
    language plpgsql volatile as
$$
begin
    perform pg_advisory_xact_lock(lock_key);
    select sequence, hash into head_sequence, head_hash
    from audit_log order by sequence desc limit 1;
end
$$;

-- Only the logins the application grants it to (SchemaMigrations) may call it.
revoke execute on function audit_chain_head(bigint) from public;
