-- ADD COLUMN folds the generation expression's constants even with no rows: 22003.
ALTER TABLE items ADD COLUMN qty numeric(1,1) GENERATED ALWAYS AS (-1) STORED;
