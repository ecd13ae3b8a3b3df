-- Synthetic but realistic FOI requests for the benchmark, generated inside PostgreSQL.
--
--   FOI_BENCH=yes psql -v n=10000 -f bench/generate.sql <database>
--
-- Adds :n requests (default 10 000) to a database whose schema Flyway has already created (start
-- the app once against it). Received dates spread over the ten years before today; about 70% of
-- requests are published with answers, tables, citations of real catalogue provisions and clock
-- events; recent ones are still open. Deterministic for a given :n (setseed).
--
-- Refuses to run unless the database name ends in _bench or FOI_BENCH=yes is in the environment,
-- so it never fills a production database by accident.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 10000
\endif
\getenv foi_bench FOI_BENCH
\if :{?foi_bench}
\else
  \set foi_bench no
\endif
select set_config('bench.allowed', :'foi_bench', false) \g /dev/null
select set_config('bench.n', :'n', false) \g /dev/null
do $$
begin
  if current_database() not like '%\_bench' and current_setting('bench.allowed') <> 'yes' then
    raise exception 'generate.sql refuses database "%": its name must end in _bench, or set FOI_BENCH=yes', current_database();
  end if;
  if to_regclass('foi_request') is null or to_regclass('provision') is null then
    raise exception 'no FOI Tracker schema in "%": start the app once against it (Flyway creates it)', current_database();
  end if;
end $$;

\timing on
set max_parallel_workers_per_gather = 0;
set synchronous_commit = off;
select setseed(0.2026);

begin;

-- 399 authorities besides the seeded one (issue 22: one service for 400 authorities), each with
-- its slug and kind: councils, police forces, NHS bodies and a few central government departments
-- (the £600 limit; every other kind £450).
insert into authority (name, slug, kind, appropriate_limit_pence, hourly_rate_pence,
  central_government)
select x.name, regexp_replace(lower(x.name), '[^a-z0-9]+', '-', 'g'), x.kind,
       case when x.kind = 'CENTRAL_GOVERNMENT' then 60000 else 45000 end, 2500,
       x.kind = 'CENTRAL_GOVERNMENT'
from generate_series(1, 399) i,
     lateral (select case
                when i % 40 = 0 then 'Bench Department ' || i
                when i % 5 = 0 then 'Bench Constabulary ' || i
                when i % 7 = 0 then 'Bench NHS Trust ' || i
                else 'Bench ' || (array['Borough', 'District', 'County', 'City'])[1 + i % 4]
                     || ' Council ' || i
              end as name,
              case
                when i % 40 = 0 then 'CENTRAL_GOVERNMENT'
                when i % 5 = 0 then 'POLICE'
                when i % 7 = 0 then 'NHS'
                else 'COUNCIL'
              end as kind) x
on conflict (name) do nothing;

create temp table topic (k int primary key, title text, noun text, system text) on commit drop;
insert into topic values
 (0, 'Potholes reported and repaired', 'potholes reported to the council', 'Confirm highways'),
 (1, 'Penalty charge notices issued', 'penalty charge notices issued', 'parking enforcement'),
 (2, 'Children looked after', 'children looked after by the council', 'Liquidlogic children''s'),
 (3, 'Agency staff spending', 'agency staff placements', 'finance'),
 (4, 'Homelessness applications', 'homelessness applications received', 'housing options'),
 (5, 'Fly-tipping incidents', 'fly-tipping incidents recorded', 'environmental crime'),
 (6, 'Council tax arrears', 'households in council tax arrears', 'revenues'),
 (7, 'School exclusions', 'permanent exclusions from maintained schools', 'education'),
 (8, 'Housing disrepair claims', 'housing disrepair claims received', 'housing repairs'),
 (9, 'Adult social care waiting lists', 'people waiting for a care assessment', 'adult social care'),
 (10, 'Street lighting faults', 'street lighting faults reported', 'highways'),
 (11, 'Noise complaints', 'noise complaints received', 'environmental health'),
 (12, 'Long-term empty homes', 'homes empty for more than six months', 'council tax'),
 (13, 'Temporary accommodation', 'households placed in temporary accommodation', 'housing'),
 (14, 'Missing children episodes', 'missing episodes of children in care', 'children''s social care'),
 (15, 'Child sexual exploitation referrals', 'referrals for child sexual exploitation', 'children''s social care'),
 (16, 'Cyber security incidents', 'cyber security incidents reported', 'IT service desk'),
 (17, 'Consultancy contracts', 'consultancy contracts awarded', 'procurement'),
 (18, 'Staff sickness absence', 'working days lost to staff sickness', 'HR'),
 (19, 'Electric vehicle charge points', 'public charge points installed', 'transport'),
 (20, 'Council trees felled', 'council-owned trees felled', 'arboriculture'),
 (21, 'Food hygiene inspections', 'food hygiene inspections carried out', 'food safety'),
 (22, 'Blue Badge misuse', 'Blue Badge misuse investigations', 'parking'),
 (23, 'Domestic abuse refuge places', 'refuge places funded', 'community safety');

create temp table bench_req on commit drop as
with base as (
  select g,
         (select coalesce(max(id), 0) from foi_request) + g as id,
         current_date - 1 - (random() * 3652)::int as received_on,
         random() as u_state, random() as u_regime, random() as u_sent, random() as u_pub,
         floor(random() * 24)::int as topic, 1 + floor(random() * 6)::int as nq,
         random() as u_assign, random() as u_auth
  from generate_series(1, :n) g
)
select b.*,
       case when b.u_regime < 0.9 then 'FOIA' else 'EIR' end as regime,
       case
         when b.received_on > current_date - 45 then
           case when b.u_state < 0.80 then 'OPEN' when b.u_state < 0.90 then 'AWAITING_CLARIFICATION'
                when b.u_state < 0.93 then 'AWAITING_FEE' when b.u_state < 0.97 then 'SENT' else 'PUBLISHED' end
         when b.u_state < 0.003 then 'OPEN'
         when b.u_state < 0.72 then 'PUBLISHED'
         when b.u_state < 0.84 then 'SENT'
         when b.u_state < 0.94 then 'WITHHELD_FROM_LOG'
         else 'CLOSED'
       end as state
from base b;

insert into foi_request (id, version, authority_id, regime, system_reference, authority_reference,
  slug, title, received_on, published_on, state, preamble, postscript, licence,
  licence_statement, access_code_hash, assigned_to, created_at, channel, request_text,
  withheld_reason)
select b.id, 0,
       (array(select id from authority order by id))[1 + floor(b.u_auth * (select count(*) from authority))::int],
       b.regime,
       b.regime || '-' || extract(year from b.received_on) || '-B' || lpad(b.g::text, 7, '0'),
       case when b.u_pub < 0.6 then 'FOI/' || extract(year from b.received_on) || '/' || b.g end,
       case when b.state = 'PUBLISHED'
            then regexp_replace(lower(t.title), '[^a-z0-9]+', '-', 'g') || '-'
                 || (extract(year from b.received_on) - 5) || '-' || (extract(year from b.received_on) - 1)
                 || '-' || b.id end,
       t.title || ' ' || (extract(year from b.received_on) - 5) || ' to ' || (extract(year from b.received_on) - 1),
       b.received_on,
       case when b.state = 'PUBLISHED' then b.received_on + 3 + (b.u_sent * 30)::int + (b.u_pub * 14)::int end,
       b.state,
       'Thank you for your request for information about ' || lower(t.title) || '.',
       case when b.state in ('SENT', 'PUBLISHED', 'WITHHELD_FROM_LOG')
            then 'If you are unhappy with this response you may ask for an internal review within 40 working days.' end,
       case when b.state = 'PUBLISHED' then 'OGL-UK-3.0' end,
       case when b.state = 'PUBLISHED' then 'You may re-use this information under the Open Government Licence v3.0.' end,
       null,
       case when b.state in ('OPEN', 'AWAITING_CLARIFICATION', 'AWAITING_FEE') and b.u_assign < 0.7
            then (array['olive', 'oscar', 'priya', 'tomasz'])[1 + floor(b.u_assign / 0.7 * 4)::int] end,
       b.received_on::timestamp at time zone 'Europe/London' + interval '10 hours',
       (array['EMAIL', 'WEB_FORM', 'POST', 'SOCIAL_MEDIA'])[1 + floor(b.u_assign * 4)::int],
       'Under the Freedom of Information Act, please tell me how many ' || t.noun
         || ' there were in each year from ' || (extract(year from b.received_on) - 5) || ' to '
         || (extract(year from b.received_on) - 1) || ', and what this cost.',
       case when b.state = 'WITHHELD_FROM_LOG' then 'The response contains the requester''s own information.' end
from bench_req b join topic t on t.k = b.topic;

select setval(pg_get_serial_sequence('foi_request', 'id'), (select max(id) from foi_request));

-- Personal data of the requester (never shown publicly).
insert into requester_contact (request_id, name, contact)
select id, 'Requester ' || g, 'requester' || g || '@example.org' from bench_req;

-- Answers: one per question of every request that has been answered.
create temp table bench_q on commit drop as
select b.id as request_id, b.g, b.state, b.regime, b.topic, q as number,
       case when b.state in ('OPEN', 'AWAITING_CLARIFICATION', 'AWAITING_FEE') then null
            else (select o from (values (0.45, 'PROVIDED_IN_FULL'), (0.60, 'PROVIDED_IN_PART'),
                  (0.75, 'NOT_HELD'), (0.83, 'REFUSED_COST_LIMIT'), (0.95, 'REFUSED_EXEMPTION'),
                  (0.97, 'NEITHER_CONFIRM_NOR_DENY'), (1.01, 'RELATED_INFORMATION_GIVEN')) v(p, o)
                  where v.p > r order by v.p limit 1) end as outcome,
       random() as u_table,
       extract(year from b.received_on)::int as year
from bench_req b, generate_series(1, b.nq) q, lateral (select random() + q * 0 + b.g * 0 as r) x;

insert into answer (request_id, position, body)
select q.request_id, q.number,
       case q.outcome
         when 'PROVIDED_IN_FULL' then 'The information is provided in the table below.' || E'\n\n'
           || 'Figures are taken from the ' || t.system || ' system and are correct as at the date of this response.'
         when 'PROVIDED_IN_PART' then 'Figures for the years the council holds are given below.' || E'\n\n'
           || 'Records before ' || (q.year - 3) || ' were not kept in a reportable form and are not held.'
         when 'NOT_HELD' then 'The council does not hold this information. The ' || t.system
           || ' system does not record ' || t.noun || ' in this way.'
         when 'REFUSED_COST_LIMIT' then 'To answer this question would mean reading each case file by hand. '
           || 'We estimate this would take more than 18 hours, the appropriate limit of £450 at £25 an hour.'
           || E'\n\n' || 'If you narrow the request to a single year we may be able to help.'
         when 'REFUSED_EXEMPTION' then 'This information is withheld. Disclosure of small numbers could identify individuals.'
         when 'NEITHER_CONFIRM_NOR_DENY' then 'The council neither confirms nor denies that it holds this information.'
         else 'The council does not hold the figures asked for. Related information it does hold is given below.'
       end
from bench_q q join topic t on t.k = q.topic
where q.outcome is not null;

insert into question (request_id, number, text, outcome, answer_id)
select q.request_id, q.number,
       case q.number
         when 1 then 'How many ' || t.noun || ' were there in each year from ' || (q.year - 5) || ' to ' || (q.year - 1) || '?'
         when 2 then 'Please break down the figures in question 1 by ward.'
         when 3 then 'What did ' || t.noun || ' cost the council in each of those years?'
         when 4 then 'How many staff work on ' || lower(t.title) || ', by grade?'
         when 5 then 'Please provide the policy or guidance on ' || lower(t.title) || ' in force in ' || (q.year - 1) || '.'
         else 'How many complaints about ' || lower(t.title) || ' did the council receive?'
       end,
       q.outcome, a.id
from bench_q q join topic t on t.k = q.topic
left join answer a on a.request_id = q.request_id and a.position = q.number;

-- Tables: most answers that give figures have one, five years by two columns.
create temp table bench_t on commit drop as
select a.id as answer_id, q.year, q.topic, q.outcome
from bench_q q join answer a on a.request_id = q.request_id and a.position = q.number
where q.outcome in ('PROVIDED_IN_FULL', 'PROVIDED_IN_PART', 'RELATED_INFORMATION_GIVEN') and q.u_table < 0.6;

insert into answer_table (answer_id, position, caption, corner_label)
select b.answer_id, 1, 'Number of ' || t.noun || ' by year, ' || (b.year - 5) || ' to ' || (b.year - 1), 'Year'
from bench_t b join topic t on t.k = b.topic;

insert into table_column (table_id, position, group_label, label)
select at.id, c.position, null, c.label
from bench_t b join answer_table at on at.answer_id = b.answer_id,
     (values (1, 'Recorded'), (2, 'Closed within target')) c(position, label);

insert into table_row (table_id, position, header)
select at.id, y, (b.year - 6 + y)::text
from bench_t b join answer_table at on at.answer_id = b.answer_id, generate_series(1, 5) y;

insert into table_cell (row_id, column_position, state, numeric_value, display_text)
select r.id, c, v.state, v.value, coalesce(v.value::text, case v.state when 'NOT_HELD' then '-' else '*' end)
from bench_t b join answer_table at on at.answer_id = b.answer_id
join table_row r on r.table_id = at.id, generate_series(1, 2) c,
lateral (select case when b.outcome = 'PROVIDED_IN_PART' and r.position <= 2 then 'NOT_HELD'
                     when x < 0.03 then 'SUPPRESSED' else 'VALUE' end as state,
                case when b.outcome = 'PROVIDED_IN_PART' and r.position <= 2 then null
                     when x < 0.03 then null else (5 + x * 900)::bigint end as value
         from (select random() + c * 0 + r.id * 0 as x) z) v;

-- Citations of real catalogue provisions, as the outcome calls for.
insert into citation (question_id, provision_id, position, role, reasons)
select qq.id, p.id, c.position, c.role, c.reasons
from bench_q q join question qq on qq.request_id = q.request_id and qq.number = q.number
join lateral (values
    (1, case when q.regime = 'EIR' then 'EIR-12-4-a' else 'FOIA-1-1-a' end, 'DENIAL', null, q.outcome in ('NOT_HELD', 'PROVIDED_IN_PART')),
    (1, 'FOIA-12', 'COST_LIMIT', 'The estimated cost exceeds the appropriate limit.', q.outcome = 'REFUSED_COST_LIMIT' and q.regime = 'FOIA'),
    (1, 'EIR-12-4-b', 'EXEMPTION', 'The request is manifestly unreasonable on grounds of cost.', q.outcome = 'REFUSED_COST_LIMIT' and q.regime = 'EIR'),
    (2, 'FOIA-16', 'ADVICE', 'Narrowing the request to one year may bring it within the limit.', q.outcome = 'REFUSED_COST_LIMIT' and q.regime = 'FOIA'),
    (1, case when q.regime = 'EIR' then 'EIR-13' else (array['FOIA-40-2', 'FOIA-43', 'FOIA-31', 'FOIA-41'])[1 + q.number % 4] end,
        'EXEMPTION', 'Disclosure of small numbers could identify individuals.', q.outcome in ('REFUSED_EXEMPTION', 'NEITHER_CONFIRM_NOR_DENY')),
    (3, case when q.regime = 'EIR' then 'EIR-14' else 'FOIA-17-1' end, 'PROCEDURE', null,
        q.outcome in ('NOT_HELD', 'REFUSED_COST_LIMIT', 'REFUSED_EXEMPTION', 'NEITHER_CONFIRM_NOR_DENY'))
  ) c(position, code, role, reasons, applies) on c.applies
join provision p on p.code = c.code;

-- Clock events: clarification asked and received for about 8% of requests, a public interest
-- extension for about 3% of FOIA requests. Only sequences the statutory clock accepts (the app
-- refuses any other): the clarification arrives before a fees notice or the response (same day:
-- in the order listed here), and no extension while the clock is stopped or after the response.
insert into clock_event (request_id, kind, event_date, extra_date, actor, recorded_at)
select b.id, e.kind, e.d, e.extra, 'olive', e.d::timestamp at time zone 'Europe/London' + interval '11 hours'
from bench_req b, lateral (values
    ('CLARIFICATION_REQUESTED', b.received_on + 2, null::date, b.u_pub < 0.08 or b.state = 'AWAITING_CLARIFICATION'),
    ('CLARIFICATION_RECEIVED', b.received_on + 3, null::date, b.u_pub < 0.08 and b.state <> 'AWAITING_CLARIFICATION'),
    ('FEES_NOTICE_ISSUED', b.received_on + 3, null::date, b.state = 'AWAITING_FEE'),
    ('PUBLIC_INTEREST_EXTENSION', b.received_on + 20, b.received_on + 48,
        b.u_pub >= 0.97 and b.regime = 'FOIA' and b.state not in ('AWAITING_CLARIFICATION', 'AWAITING_FEE')
        and (b.state = 'OPEN' or 3 + (b.u_sent * 30)::int > 20)),
    -- the sent date lives only in the RESPONSE_SENT event (V6)
    ('RESPONSE_SENT', b.received_on + 3 + (b.u_sent * 30)::int, null::date,
        b.state in ('SENT', 'PUBLISHED', 'WITHHELD_FROM_LOG', 'CLOSED'))
  ) e(kind, d, extra, applies)
where e.applies and e.d < current_date;

commit;
analyze foi_request, requester_contact, question, answer, answer_table, table_column, table_row,
  table_cell, citation, clock_event, authority;
select state, count(*) from foi_request group by state order by 1;
select (select count(*) from question) as questions, (select count(*) from answer) as answers,
       (select count(*) from answer_table) as tables, (select count(*) from table_cell) as cells,
       (select count(*) from citation) as citations, (select count(*) from clock_event) as clock_events;
