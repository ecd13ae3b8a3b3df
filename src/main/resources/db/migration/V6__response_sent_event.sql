-- The date a response was sent becomes a clock event like every other that moves the statutory
-- clock (one source of truth: foi_request.sent_on duplicated it). Existing dates move across.
insert into clock_event (request_id, kind, event_date, actor, recorded_at)
  select id, 'RESPONSE_SENT', sent_on, 'migration', current_timestamp
  from foi_request where sent_on is not null;
alter table foi_request drop column sent_on;
