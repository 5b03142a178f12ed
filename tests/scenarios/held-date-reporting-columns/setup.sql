CREATE TABLE rentals (id integer PRIMARY KEY, customer text NOT NULL, started timestamp NOT NULL, returned timestamp);
INSERT INTO rentals VALUES
  (1, 'ann', '2024-01-30 18:45', '2024-02-02 09:00'),
  (2, 'bob', '2024-02-29 10:00', '2024-03-31 10:00'),
  (3, 'cy', '2023-12-31 23:30', NULL),
  (4, 'dee', '2024-07-04 12:00', '2025-08-05 13:30');
