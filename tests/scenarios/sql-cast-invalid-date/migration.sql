ALTER TABLE metrics ADD COLUMN recorded_on date;
UPDATE metrics SET recorded_on = '2024-02-29' WHERE a > 0;
UPDATE metrics SET recorded_on = '2024-02-30'::date WHERE a < 0;
