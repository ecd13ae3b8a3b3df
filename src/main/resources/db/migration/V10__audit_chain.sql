-- The audit trail becomes a hash chain (uk.foitracker.audit.AuditHashes). Each event records its
-- place in the chain, the hash of the event before it and its own hash over all its columns and
-- that previous hash. One row, audit_chain_head, holds the last position and hash: AuditLog.record
-- locks it (select ... for update) to append, so concurrent writers queue up instead of forking
-- the chain, and the verifier (AuditTrail.verify) compares the end of the walk with it, so
-- removing the newest events is detected too.
--
-- Event ids now come from audit_event_seq, taken while the head is locked, so the hash can cover
-- the id. The identity default of audit_event.id stays but is no longer used.
--
-- Events written before this migration are chained, in id order, by the Java migration
-- db.migration.V10_1__ChainExistingAuditEvents; V10.2 then makes the chain columns required.
alter table audit_event add column chain_position bigint;
alter table audit_event add column previous_hash varchar(64);
alter table audit_event add column event_hash varchar(64);

create table audit_chain_head (
  id integer primary key,
  last_position bigint not null,
  last_hash varchar(64) not null,
  last_event_id bigint,
  constraint audit_chain_head_single check (id = 1)
);
insert into audit_chain_head (id, last_position, last_hash, last_event_id)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', null);

create sequence audit_event_seq start with 1 increment by 1;
