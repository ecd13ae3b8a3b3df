-- s.14(1) vexatious and s.14(2) repeated requests as their own provisions, so that the statistics
-- can count them apart as the government's FOI statistics do. "FOIA-14" stays for citations that do
-- not say which subsection applies.
insert into provision (code, regime, reference, title, kind, explanation, sort_order) values
('FOIA-14-1', 'FOIA', 's.14(1)', 'Vexatious requests', 'REFUSAL', 'The authority need not comply with a request that is vexatious.', 61),
('FOIA-14-2', 'FOIA', 's.14(2)', 'Repeated requests', 'REFUSAL', 'The authority need not comply with a request identical or substantially similar to a previous request from the same person, unless a reasonable interval has elapsed.', 62);
