-- Every event is now chained (V10.1 chained those written before the chain existed): the chain
-- columns are required, and a position belongs to one event only.
alter table audit_event alter column chain_position set not null;
alter table audit_event alter column previous_hash set not null;
alter table audit_event alter column event_hash set not null;
create unique index audit_event_chain_position_idx on audit_event (chain_position);
