-- The officer queue at scale: each request keeps a summary of its statutory clock, so the queue
-- filters, sorts, counts and pages in the database instead of working out every open request's
-- clock on every view. Written by ClockSummaries in the transaction of every change that moves the
-- clock; open requests without one (added by SQL, or worked out on an older holiday calendar) get
-- it at start-up (found through foi_request_state_idx). Overdue is still never stored: it is due_on
-- before today while the clock runs.

-- The due date as the clock gives it; null while stopped for clarification or paused for a fee.
alter table foi_request add column due_on date;
-- Where the clock stands regardless of today: RUNNING, PAUSED_CLARIFICATION, PAUSED_FEES,
-- STOPPED_SENT (ClockState); null when not worked out (no date received).
alter table foi_request add column clock_state varchar(30);
-- The holiday calendar the summary was worked out on (WorkingDayCalendar.version()).
alter table foi_request add column clock_calendar varchar(100);
-- In the work queue: an open state (open, awaiting clarification, awaiting a fee) with a date
-- received and a reference. Kept by FoiRequest itself whenever it is saved.
alter table foi_request add column in_queue boolean default false not null;

-- One index per order of the queue, each led by in_queue so that a page is one ordered range
-- (PostgreSQL reads the first 25 entries and stops; backwards for descending order). Plain
-- ascending indexes: the queue puts requests without a due date last, which is where both
-- databases put nulls in an ascending index.
create index foi_request_queue_due_idx on foi_request (in_queue, due_on, system_reference);
create index foi_request_queue_received_idx
  on foi_request (in_queue, received_on, system_reference);
create index foi_request_queue_reference_idx on foi_request (in_queue, system_reference);
-- The "Assigned to" choices and filter.
create index foi_request_queue_assignee_idx on foi_request (in_queue, assigned_to);
-- V8's queue index (state, received_on, id) served the old queue, which read every open request;
-- the indexes above replace it.
drop index foi_request_queue_idx;
