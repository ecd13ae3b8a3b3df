-- PostgreSQL only: this folder is a Flyway location only when the datasource is PostgreSQL
-- (quarkus.flyway.locations adds db/<db-kind> to db/migration).
--
-- The database itself refuses to change or remove audit events, in two independent ways:
--
-- 1. Triggers: any UPDATE or DELETE of an audit_event row, and TRUNCATE of the table, raises an
--    error, whoever runs it (the owner included), as long as the trigger is enabled. The chain
--    head (audit_chain_head) may only move forward one event at a time and cannot be deleted.
-- 2. Privileges: the role that runs the migrations (the application's own role, e.g. `foi` from
--    scripts/with-postgres.sh, which owns the tables) gives up UPDATE, DELETE and TRUNCATE on
--    audit_event and DELETE and TRUNCATE on audit_chain_head. It keeps SELECT and INSERT (and
--    UPDATE of the chain head, which AuditLog.record locks and moves on).
--
-- What this stops: the application, a bug in it, an SQL injection, or a person with the app's
-- credentials running UPDATE/DELETE/TRUNCATE by mistake or on purpose.
--
-- What this does not stop: the owner of a table can always grant its privileges back to itself,
-- ALTER TABLE ... DISABLE TRIGGER, drop the triggers or the table; a superuser bypasses
-- privileges; anyone with the data files can edit them. Against those, the hash chain detects the
-- change (AuditTrail.verify: /audit/trail) unless the whole chain after it is recomputed too;
-- auditors should keep a copy of the head hash shown there to catch that. To close the gap,
-- deploy with two roles: the migrations run as the owner, the application connects as a role
-- granted only SELECT and INSERT on audit_event (and SELECT, UPDATE on audit_chain_head), which
-- cannot grant itself more or disable triggers.

create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op
    using errcode = 'insufficient_privilege',
          hint = 'Audit events are never changed or removed (V10.3__audit_append_only.sql).';
end
$$;

create trigger audit_event_no_update_or_delete
  before update or delete on audit_event
  for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_append_only();

create function audit_chain_head_forward_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    if new.id = old.id and new.last_position = old.last_position + 1 then
      return new;
    end if;
  end if;
  raise exception 'audit_chain_head only moves forward one event at a time: % refused', tg_op
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_chain_head_forward
  before update or delete on audit_chain_head
  for each row execute function audit_chain_head_forward_only();
create trigger audit_chain_head_no_truncate
  before truncate on audit_chain_head
  for each statement execute function audit_event_append_only();

revoke update, delete, truncate on audit_event from current_user;
revoke delete, truncate on audit_chain_head from current_user;
