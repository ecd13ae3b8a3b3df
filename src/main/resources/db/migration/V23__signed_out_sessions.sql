-- Sessions ended by "Sign out" (uk.foitracker.security.SignedOutSessions). The sign-in session
-- lives in an encrypted cookie; a copy of that cookie taken before signing out would otherwise
-- still work until its tokens expire. One row per ended session until then: session_hash is the
-- SHA-256 of the session's identifier (the provider's sid, or the subject and sign-in time, or the
-- ID token itself), never the token or a name.
create table signed_out_session (
  session_hash varchar(64) primary key,
  signed_out_at timestamp with time zone not null,
  expires_at timestamp with time zone not null
);
create index signed_out_session_expires_idx on signed_out_session (expires_at);
