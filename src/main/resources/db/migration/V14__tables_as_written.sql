-- Tables as councils write them (issue 17, point 4).

-- What a blank cell of the table means: NOT_STATED, ZERO, NOT_HELD, NOT_APPLICABLE (BlankMeaning).
-- Null for a table stored before it was asked: its blank cells were stored as "-", not held.
alter table answer_table add column blank_means varchar(20);
-- What a "-" of the table means; null for not held, confirmed by the officer (as before).
alter table answer_table add column dash_means varchar(20);
-- False for a table without a row of column headings (a list of label/value pairs).
alter table answer_table add column header_row boolean default true not null;
-- The note under the table: a caveat, a key for "-" or "<5". Published with the table.
alter table answer_table add column note varchar(2000);

-- Rows and columns that state totals ("Total", "Grand Total").
alter table table_row add column total boolean default false not null;
alter table table_column add column total boolean default false not null;

-- A value's number with its precision ("12.5" of "12.5%") and its unit ("£", "%", "FTE");
-- numeric_value stays the count (a whole number written without a unit).
alter table table_cell add column decimal_value numeric(38, 10);
alter table table_cell add column unit varchar(40);
update table_cell set decimal_value = numeric_value where numeric_value is not null;

-- Tables stored before: rows and columns labelled as totals are totals (StatedTotals.isTotalLabel),
-- so that their stated totals are checked too. Their published versions do not change.
update table_row set total = true
  where lower(trim(header)) in ('total', 'totals', 'total:', 'grand total', 'sub-total', 'subtotal', 'sub total');
update table_column set total = true
  where lower(trim(label)) in ('total', 'totals', 'total:', 'grand total', 'sub-total', 'subtotal', 'sub total');
