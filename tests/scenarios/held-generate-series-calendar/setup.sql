CREATE TABLE calendar (day date PRIMARY KEY, iso_dow integer NOT NULL, week integer NOT NULL, label text NOT NULL);
CREATE TABLE bookings (id serial PRIMARY KEY, day date NOT NULL);
INSERT INTO bookings (day) VALUES ('2024-02-27'), ('2024-02-29'), ('2024-02-29'), ('2024-03-02');
