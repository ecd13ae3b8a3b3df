-- The batch for the comparison cell of bench/run.sh (issue 22: "a batch over many authorities"):
-- 400 published requests on one topic that have an answer table, each moved to an authority of its
-- own (Bench Police Force 1..400), put in one batch, bench-compare. Run after bench/generate.sql:
--   psql -v ON_ERROR_STOP=1 -f bench/compare.sql
-- The generated tables have the same columns (Recorded, Closed within target) and rows by year,
-- so the comparison aligns 400 tables of about ten rows: some 8 000 cells on one page.
begin;

insert into authority (name, appropriate_limit_pence, hourly_rate_pence, central_government, slug, kind)
select 'Bench Police Force ' || i, 45000, 2500, false, 'bench-police-force-' || i, 'POLICE'
from generate_series(1, 400) i
on conflict do nothing;

create temp table bench_compare on commit drop as
select r.id as request_id, row_number() over (order by r.id) as k
from foi_request r
where r.state = 'PUBLISHED'
  and r.slug is not null
  and r.title like 'Penalty charge notices issued%'
  and exists (select 1 from answer a join answer_table t on t.answer_id = a.id where a.request_id = r.id)
order by r.id
limit 400;

update foi_request r
set authority_id = (select a.id from authority a where a.slug = 'bench-police-force-' || b.k)
from bench_compare b
where r.id = b.request_id;

delete from compare_member where batch_id in (select id from compare_batch where slug = 'bench-compare');
delete from compare_label where batch_id in (select id from compare_batch where slug = 'bench-compare');
delete from compare_batch where slug = 'bench-compare';
insert into compare_batch (slug, title, wording, created_by, created_at)
values ('bench-compare', 'Penalty charge notices issued, by year',
        'Please tell me how many penalty charge notices you issued in each of the last five years.',
        'bench', current_timestamp);
insert into compare_member (batch_id, request_id, added_by, added_at)
select (select id from compare_batch where slug = 'bench-compare'), b.request_id, 'bench', current_timestamp
from bench_compare b;

commit;
select count(*) as members from compare_member m join compare_batch c on c.id = m.batch_id where c.slug = 'bench-compare';
