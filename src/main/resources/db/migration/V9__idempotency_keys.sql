-- Idempotency keys for the officer API's writes (IETF httpapi "The Idempotency-Key HTTP Header
-- Field"). One row per key that completed a write, written in the same transaction as the write:
-- a retry with the same key and body gets the stored response instead of writing again.
-- The key itself is not stored: key_hash is the SHA-256 of the user and the key. fingerprint is an
-- HMAC (keyed by the key) of the method, path and body. sealed_body is the response body encrypted
-- with a key derived from the Idempotency-Key (it can hold a requester's access code, which must
-- not be readable from the database). Rows expire after foi.idempotency.retention (24 h).
create table idempotency_key (
  key_hash varchar(64) primary key,
  username varchar(255) not null,
  fingerprint varchar(64) not null,
  status integer,
  location varchar(1000),
  sealed_body varchar(10000000),
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null
);
create index idempotency_key_expires_idx on idempotency_key (expires_at);
