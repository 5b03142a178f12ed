CREATE TABLE shipments (id integer PRIMARY KEY, country char(2), carrier varchar(3), fallback varchar(8) NOT NULL);
INSERT INTO shipments VALUES (1, 'GB', 'DHL', 'postal'), (2, NULL, NULL, 'courier'), (3, 'FR', NULL, 'pickup');
