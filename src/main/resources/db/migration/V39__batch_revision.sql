-- A batch's revision: one more after every change to its members or label mappings, so that a
-- comparison kept in memory (compare.Comparisons) is made again when its batch changes, on every
-- instance.
alter table compare_batch add column revision bigint default 0 not null;
