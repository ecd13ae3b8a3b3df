-- Issue 22, authority axis: the objects that are not requests also belong to an authority.
-- A batch belongs to the authority of the officer who created it: only that authority's officers
-- change it (its public comparison stays public). An e-mail from the FOI mailbox belongs to the
-- authority whose FOI mailbox address it was sent to (authority.mailbox), or else to the
-- installation's own: only that authority's officers list, read, confirm or discard it.
-- Existing batches and e-mails are given the installation's own authority at start-up (its name is
-- configuration, foi.authority.name, which SQL cannot read); until then null reads as that one.
alter table authority add column mailbox varchar(400);
alter table compare_batch add column authority_id bigint references authority (id);
alter table mail_inbox add column authority_id bigint references authority (id);
create index compare_batch_authority on compare_batch (authority_id);
create index mail_inbox_authority on mail_inbox (authority_id, state);
