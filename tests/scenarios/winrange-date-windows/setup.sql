CREATE TABLE events (id integer PRIMARY KEY, happened_on date, happened_at timestamp, at_tz timestamptz, at_time time, took interval, amount integer);
INSERT INTO events VALUES
  (1, '2024-01-01', '2024-01-01 00:00', '2024-01-01 00:00+00', '08:00', '1 day', 5),
  (2, '2024-01-02', '2024-01-01 12:00', '2024-01-01 12:00+00', '09:30', '2 days', 7),
  (3, '2024-01-04', '2024-01-02 06:00', '2024-01-02 06:00+00', '10:00', '1 day 12:00', 11),
  (4, '2024-02-01', '2024-01-02 12:00', '2024-01-31 12:00+00', '23:30', '1 mon', 13),
  (5, NULL, NULL, NULL, NULL, NULL, 17),
  (6, '2024-01-31', '2024-02-01 00:00', '2024-03-01 00:00+00', '00:15', '30 days', 19);
CREATE TABLE event_windows (id integer, by_day bigint, by_hours bigint, by_month bigint, by_time bigint, by_interval integer);
