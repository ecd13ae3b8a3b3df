-- Issue 20 item 2: a clock event recorded by mistake is corrected or withdrawn, never deleted.
-- A withdrawn event no longer moves the clock but stays in the request's history with who
-- withdrew it, when and why; a correction withdraws the event and records the corrected one,
-- which names the event it replaces.
alter table clock_event add column withdrawn_at timestamp with time zone;
alter table clock_event add column withdrawn_by varchar(100);
alter table clock_event add column withdrawn_reason varchar(2000);
alter table clock_event add column corrects_event_id bigint references clock_event (id);
