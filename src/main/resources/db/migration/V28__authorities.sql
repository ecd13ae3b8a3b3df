-- Authorities as data (issue 22): one installation serves several authorities. Each gets a slug for
-- its public address (/a/{slug}/), a kind (which sets its appropriate limit: SI 2004/3244 reg 3), an
-- optional prefix for its own request references (null keeps FOI-2026-00042), an optional public
-- base path or URL, and its own small-number threshold (null: the installation's default).
-- Existing authorities keep every row and are given a slug made from their name.
alter table authority add column slug varchar(120);
alter table authority add column kind varchar(30);
alter table authority add column reference_prefix varchar(12);
alter table authority add column public_base varchar(300);
alter table authority add column small_number_threshold integer;
update authority set kind = case when central_government then 'CENTRAL_GOVERNMENT' else 'COUNCIL' end;
update authority set slug = lower(replace(replace(replace(trim(name), '''', ''), ',', ''), ' ', '-'));
alter table authority alter column slug set not null;
alter table authority alter column kind set not null;
alter table authority add constraint authority_slug_uk unique (slug);

-- The counter's prefix now carries the authority's reference prefix too (DUR-FOI), so it is wider.
alter table reference_counter alter column prefix set data type varchar(40);
