ALTER TABLE metrics ADD COLUMN ratio numeric;
ALTER TABLE metrics ADD COLUMN ratio_fixed numeric(6, 3);
ALTER TABLE metrics ADD COLUMN ratio_text text;
UPDATE metrics SET ratio = a::numeric / b,
                   ratio_fixed = a::numeric / b,
                   ratio_text = (price / 3)::text;
ALTER TABLE metrics ADD COLUMN big_ratio numeric;
UPDATE metrics SET big_ratio = 1::numeric / 3 * 1000000 + 2.5 * a;
