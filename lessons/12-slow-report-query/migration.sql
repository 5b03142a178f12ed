-- A one-line, catalog-only change: instant on any table size.
ALTER TABLE orders ADD COLUMN gift_note text;
