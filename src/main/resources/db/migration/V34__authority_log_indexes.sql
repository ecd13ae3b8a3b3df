-- One authority's disclosure log (/a/{slug}/, /cases?authority=slug; issue 22), read page by page
-- like the log of every authority (V8): each authority's published cases by date are one range of
-- these indexes, however many authorities share the table. Plain desc/asc indexes, as in V8, so H2
-- and PostgreSQL order them alike.
create index foi_request_authority_log_newest_idx
  on foi_request (authority_id, state, published_on desc, created_at desc, id desc);
create index foi_request_authority_log_oldest_idx
  on foi_request (authority_id, state, published_on, created_at, id);
