ALTER TABLE flags ADD COLUMN p_and_q boolean;
ALTER TABLE flags ADD COLUMN p_or_q boolean;
ALTER TABLE flags ADD COLUMN not_p boolean;
ALTER TABLE flags ADD COLUMN p_eq_q boolean;
ALTER TABLE flags ADD COLUMN p_distinct_q boolean;
UPDATE flags SET p_and_q = p AND q, p_or_q = p OR q, not_p = NOT p,
                 p_eq_q = p = q, p_distinct_q = (p IS NULL) <> (q IS NULL);
DELETE FROM flags WHERE NOT (p OR q);
UPDATE flags SET q = true WHERE p IS NOT TRUE;
UPDATE flags SET p = coalesce(p, false) WHERE q IS NULL OR id = 3;
