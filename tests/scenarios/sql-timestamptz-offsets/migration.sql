UPDATE flights SET departs_at = '2024-03-31 01:30:00+02', local_departure = '2024-03-31 01:30:00+02' WHERE code = 'LH123';
UPDATE flights SET departs_at = '2024-07-01T23:15:00-05:30' WHERE code = 'TP456';
UPDATE flights SET departs_at = '2024-12-31 23:59:59.999999Z' WHERE code = 'SK789';
UPDATE flights SET departs_at = '2024-01-01 00:00:00', local_departure = '2024-06-01 12:00:00+09'::timestamptz WHERE code = 'BA001';
ALTER TABLE flights ADD COLUMN departs_on date;
UPDATE flights SET departs_on = departs_at::date;
UPDATE flights SET local_departure = departs_at + interval '1 day 2 hours' WHERE code = 'SK789';
