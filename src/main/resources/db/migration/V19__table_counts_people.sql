-- Issue 18: small counts identify people only when the table counts people (children, staff,
-- victims), not events (crimes, incidents, reports). The officer marks what a table counts; the
-- small-numbers check (FOIA s.40(2)) reads only the tables marked. Existing tables are unmarked.
alter table answer_table add column counts_people boolean default false not null;
