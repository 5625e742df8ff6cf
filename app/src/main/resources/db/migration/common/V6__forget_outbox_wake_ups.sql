-- The exchange's outbox wake-up is no longer kept in the event registry (the outbox rows are what
-- survives a crash); wake-ups a former version left there unfinished would stay for ever.
delete from event_publication where completion_date is null and listener_id like '%outboxQueued%';
