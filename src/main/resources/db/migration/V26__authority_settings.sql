-- Each authority's letters (issue 20, item 4): its letterhead (name, postal address, logo), the
-- signatory, its standard paragraphs (internal review procedure, the right to complain to the
-- Information Commissioner, the re-use licence) and the key for the symbols its tables use.
-- Keyed by the authority, so that several authorities (issue 22) each keep their own. No row, or a
-- null column, means not set: the letters then print what they printed before.
create table authority_settings (
  authority_id bigint primary key references authority (id),
  letterhead_name varchar(200),
  postal_address varchar(2000),
  signatory varchar(200),
  review_procedure varchar(20000),
  complaint_rights varchar(20000),
  reuse_licence varchar(5000),
  -- one line per symbol: the symbol, a tab, its meaning; an empty symbol is the blank cell
  symbol_key varchar(5000),
  logo bytea,
  logo_media_type varchar(40),
  updated_at timestamp with time zone
);
