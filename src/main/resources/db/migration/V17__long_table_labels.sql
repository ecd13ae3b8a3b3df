-- Real tables carry long labels: Cumbria Police's outcome table (shared/examples) has a row label
-- of 210 characters ("Evidential Difficulties Victim Based – Named suspect not identified: ...").
-- A table's labels and cells may now be up to 1000 characters (TableGrids.MAX_CELL_CHARS), so
-- the letter's wording is kept whole instead of refused. Widening a varchar keeps every value.
alter table table_row alter column header set data type varchar(1000);
alter table table_column alter column label set data type varchar(1000);
alter table table_column alter column group_label set data type varchar(1000);
alter table table_cell alter column display_text set data type varchar(1000);
alter table answer_table alter column corner_label set data type varchar(1000);
