CREATE TABLE bookings (id integer PRIMARY KEY, starts date NOT NULL, ends date NOT NULL, guests integer, CONSTRAINT ck_bookings_dates CHECK (starts < ends), CHECK (guests > 0 AND guests < 10));
INSERT INTO bookings VALUES (1, '2024-01-01', '2024-01-03', 2);
